namespace Serverless.Functions.Dispatch;

/// <summary>The JSON body of a notification message (camelCase; the Vietnamese text is kept readable).</summary>
/// <param name="Id">Notification id, also the message id.</param>
/// <param name="Recipient">Recipient agency code.</param>
/// <param name="Kind">"reminder", "escalation", or a follow-up kind ("explanation-request", "urging", ...; see the README).</param>
/// <param name="Level">Ladder level.</param>
/// <param name="Stage">Ladder stage name.</param>
/// <param name="TaskId">The task concerned.</param>
/// <param name="DueDate">The deadline's due date.</param>
/// <param name="ScheduledFor">When the stage became current.</param>
/// <param name="Message">The Vietnamese text for the recipient.</param>
public sealed record NotificationMessageBody(
    string Id,
    string Recipient,
    string Kind,
    int Level,
    string Stage,
    string TaskId,
    DateOnly DueDate,
    DateTimeOffset ScheduledFor,
    string Message);
