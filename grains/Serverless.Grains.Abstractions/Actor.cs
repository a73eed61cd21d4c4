namespace Serverless.Grains;

/// <summary>Who asked for a change: recorded in the task's history.</summary>
/// <param name="Subject">The caller's identity (user or agency principal).</param>
/// <param name="Role">The caller's role (leader, office, agency, operator, system).</param>
/// <param name="Agency">The caller's agency code, for agency callers.</param>
[GenerateSerializer, Immutable]
public sealed record Actor(
    [property: Id(0)] string Subject,
    [property: Id(1)] string Role,
    [property: Id(2)] string? Agency)
{
    /// <summary>The system itself (imports without a signed-in user, sweeps).</summary>
    public static Actor System { get; } = new("system", "system", null);
}
