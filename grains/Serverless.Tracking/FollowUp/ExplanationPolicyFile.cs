namespace Serverless.Tracking.FollowUp;

/// <summary>The "explanation" section of follow-up-policy.json.</summary>
public sealed class ExplanationPolicyFile
{
    /// <summary>Working days the lead agency has to answer when the request names no date (default 3).</summary>
    public int? AnswerWithinWorkingDays { get; set; }

    /// <summary>Reminders and escalations of an unanswered request, relative to the answer's due date.</summary>
    public EscalationPolicyFile? Ladder { get; set; }
}
