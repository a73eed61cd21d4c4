namespace Serverless.Tracking;

/// <summary>An agency that can receive tasks and notifications.</summary>
/// <param name="Code">Short stable code, upper-case ASCII, for example "SXD".</param>
/// <param name="Name">Vietnamese display name, for example "Sở Xây dựng".</param>
/// <param name="Supervisor">Code of the office that receives level-2 escalations for it; null for the default office.</param>
/// <param name="Kind">One of <see cref="AgencyKinds"/>; null is read as a department (sở, ban, ngành).</param>
/// <param name="Aliases">Other names notices give it ("CA tỉnh", "Ngành Công an").</param>
/// <param name="Retired">A retired agency keeps its tasks and history but receives no new task.</param>
public sealed record Agency(
    string Code,
    string Name,
    string? Supervisor,
    string? Kind = null,
    IReadOnlyList<string>? Aliases = null,
    bool Retired = false)
{
    /// <summary>The kind, a department when none was given.</summary>
    public string KindOrDefault => Kind ?? AgencyKinds.Department;

    /// <summary>The aliases, empty when none were given.</summary>
    public IReadOnlyList<string> AliasList => Aliases ?? [];
}
