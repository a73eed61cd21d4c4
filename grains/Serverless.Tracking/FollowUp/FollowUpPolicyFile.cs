namespace Serverless.Tracking.FollowUp;

/// <summary>The shape of follow-up-policy.json: how giải trình requests and quiet tasks are followed up, as data.</summary>
public sealed class FollowUpPolicyFile
{
    /// <summary>A name for this version of the policy; frozen into each request and watch created under it.</summary>
    public string? Version { get; set; }

    /// <summary>Requests for an explanation ("giải trình") of an overdue task.</summary>
    public ExplanationPolicyFile? Explanation { get; set; }

    /// <summary>Reminders when a task in progress gets no progress report from its lead agency.</summary>
    public QuietProgressPolicyFile? QuietProgress { get; set; }
}
