using Serverless.Tracking;

namespace Serverless.Grains.Grains;

/// <summary>
/// Supplies the policy in force now; a task freezes its ladder and recipients when it is created, so a changed
/// policy (a redeploy with a new escalation-policy.json) applies to new tasks only.
/// </summary>
public sealed class LadderPolicy(EscalationPolicy current)
{
    /// <summary>The policy new tasks get.</summary>
    public EscalationPolicy Current { get; private set; } = current;

    /// <summary>Replaces the policy for tasks created from now on (tests; a host reloading its policy file).</summary>
    public void Replace(EscalationPolicy policy) => Current = policy ?? throw new ArgumentNullException(nameof(policy));
}
