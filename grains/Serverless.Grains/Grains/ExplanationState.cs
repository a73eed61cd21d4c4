using Serverless.Tracking;

namespace Serverless.Grains.Grains;

/// <summary>Persisted state of one explanation request ("giải trình"), kept inside its task's state.</summary>
[GenerateSerializer]
public sealed class ExplanationState
{
    [Id(0)] public string RequestId { get; set; } = "";
    [Id(1)] public string Reason { get; set; } = "";
    [Id(2)] public Actor RequestedBy { get; set; } = Actor.System;
    [Id(3)] public DateTimeOffset RequestedAt { get; set; }
    [Id(4)] public DateOnly OverdueDueDate { get; set; }
    [Id(5)] public DateOnly AnswerDueDate { get; set; }
    /// <summary>The follow-up policy's explanation ladder when the request was made (frozen).</summary>
    [Id(6)] public EscalationLadder? Ladder { get; set; }
    [Id(7)] public Recipients? Recipients { get; set; }
    /// <summary>Index of the last ladder stage handled (sent or skipped); -1 before the first.</summary>
    [Id(8)] public int LastHandledStage { get; set; } = -1;
    [Id(9)] public List<string> StagesSent { get; set; } = [];
    [Id(10)] public List<string> StagesSkipped { get; set; } = [];
    [Id(11)] public DateTimeOffset? NextCheckAt { get; set; }
    [Id(12)] public string? Answer { get; set; }
    [Id(13)] public Actor? AnsweredBy { get; set; }
    [Id(14)] public DateTimeOffset? AnsweredAt { get; set; }

    /// <summary>True until the lead agency answers.</summary>
    public bool IsOpen => Answer is null;
}
