namespace Serverless.Grains;

/// <summary>A request for an explanation ("giải trình") of an overdue task, as shown to callers.</summary>
/// <param name="RequestId">"gt1", "gt2", ... within the task; the id of its notifications starts with "{taskId}.{requestId}".</param>
/// <param name="Reason">What the requester wants explained.</param>
/// <param name="RequestedBy">The leader or office member who asked.</param>
/// <param name="RequestedAt">When.</param>
/// <param name="OverdueDueDate">The task's due date that had passed when it was asked.</param>
/// <param name="AnswerDueDate">The date by which the lead agency must answer (Vietnam).</param>
/// <param name="StagesSent">Reminder and escalation stages sent so far.</param>
/// <param name="NextCheckAt">When the sweep next looks at it; null once answered or when its ladder has ended.</param>
/// <param name="Answer">The lead agency's explanation, once given.</param>
/// <param name="AnsweredBy">Who answered.</param>
/// <param name="AnsweredAt">When.</param>
/// <param name="PolicyVersion">The follow-up policy frozen into the request.</param>
[GenerateSerializer, Immutable]
public sealed record ExplanationSnapshot(
    [property: Id(0)] string RequestId,
    [property: Id(1)] string Reason,
    [property: Id(2)] Actor RequestedBy,
    [property: Id(3)] DateTimeOffset RequestedAt,
    [property: Id(4)] DateOnly OverdueDueDate,
    [property: Id(5)] DateOnly AnswerDueDate,
    [property: Id(6)] IReadOnlyList<string> StagesSent,
    [property: Id(7)] DateTimeOffset? NextCheckAt,
    [property: Id(8)] string? Answer,
    [property: Id(9)] Actor? AnsweredBy,
    [property: Id(10)] DateTimeOffset? AnsweredAt,
    [property: Id(11)] string PolicyVersion);
