namespace Serverless.Tracking.FollowUp;

/// <summary>The "quietProgress" section of follow-up-policy.json.</summary>
public sealed class QuietProgressPolicyFile
{
    /// <summary>Working days without a progress report from the lead agency before a task counts as quiet (default 10).</summary>
    public int? QuietAfterWorkingDays { get; set; }

    /// <summary>What happens once a task is quiet, relative to the day it became quiet (offset 0).</summary>
    public EscalationPolicyFile? Ladder { get; set; }
}
