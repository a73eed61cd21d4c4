namespace Serverless.Grains.Storage;

/// <summary>A reminder or escalation addressed to one recipient.</summary>
/// <param name="Id">Deterministic id ("{deadlineId}.{stage}"); the same stage is never stored twice.</param>
/// <param name="Recipient">Agency code of the recipient.</param>
/// <param name="Kind">"reminder" (level 0) or "escalation" (levels 1-3) of a deadline; "explanation-request", "explanation-reminder", "explanation-escalation", "progress-reminder", "progress-escalation" or "urging" of a follow-up.</param>
/// <param name="Level">Ladder level.</param>
/// <param name="Stage">Ladder stage name.</param>
/// <param name="TaskId">The task concerned.</param>
/// <param name="DueDate">The deadline's due date.</param>
/// <param name="ScheduledFor">When the stage became current (deterministic, used for ordering).</param>
/// <param name="CreatedAt">When the notification was written.</param>
/// <param name="Message">The Vietnamese text.</param>
/// <param name="DispatchState">pending, sent or failed (delivery through Service Bus).</param>
public sealed record Notification(
    string Id,
    string Recipient,
    string Kind,
    int Level,
    string Stage,
    string TaskId,
    DateOnly DueDate,
    DateTimeOffset ScheduledFor,
    DateTimeOffset CreatedAt,
    string Message,
    string DispatchState);
