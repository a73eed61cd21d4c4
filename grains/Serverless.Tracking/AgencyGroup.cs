namespace Serverless.Tracking;

/// <summary>
/// A named set of agencies that notices address as one ("các sở, ban, ngành tỉnh", "UBND các xã, phường"): every
/// active agency of one of <paramref name="Kinds"/>, plus the listed <paramref name="Members"/>.
/// </summary>
/// <param name="Code">Short stable code, upper-case ASCII.</param>
/// <param name="Name">Vietnamese name.</param>
/// <param name="Kinds">Agency kinds whose every active agency belongs to the group.</param>
/// <param name="Members">Agency codes that belong to it whatever their kind.</param>
/// <param name="Aliases">Other phrases notices use for it.</param>
/// <param name="Retired">A retired group matches nothing.</param>
public sealed record AgencyGroup(
    string Code,
    string Name,
    IReadOnlyList<string>? Kinds = null,
    IReadOnlyList<string>? Members = null,
    IReadOnlyList<string>? Aliases = null,
    bool Retired = false)
{
    /// <summary>The kinds, empty when none were given.</summary>
    public IReadOnlyList<string> KindList => Kinds ?? [];

    /// <summary>The explicit members, empty when none were given.</summary>
    public IReadOnlyList<string> MemberList => Members ?? [];

    /// <summary>The aliases, empty when none were given.</summary>
    public IReadOnlyList<string> AliasList => Aliases ?? [];
}
