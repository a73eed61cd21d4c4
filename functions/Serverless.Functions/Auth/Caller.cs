using Serverless.Grains;

namespace Serverless.Functions.Auth;

/// <summary>An authenticated caller.</summary>
/// <param name="Subject">The token's subject (user or service principal).</param>
/// <param name="Role">The role used for this request.</param>
/// <param name="Agency">The agency code, for agency callers.</param>
public sealed record Caller(string Subject, string Role, string? Agency)
{
    /// <summary>The actor recorded in task history.</summary>
    public Actor ToActor() => new(Subject, Role, Agency);

    /// <summary>True for leaders and the office, who read every task.</summary>
    public bool ReadsEverything => Role is Roles.Leader or Roles.Office;
}
