namespace Serverless.Functions.Delivery;

/// <summary>The data of the CloudEvent a webhook receives (JSON camelCase, dates ISO-8601).</summary>
/// <param name="NotificationId">The notification (also the event id).</param>
/// <param name="Agency">The agency it is for.</param>
/// <param name="Kind">reminder or escalation.</param>
/// <param name="Level">Ladder level (0 = the agency itself).</param>
/// <param name="Stage">Ladder stage name.</param>
/// <param name="TaskId">The task.</param>
/// <param name="NoticeNumber">The notice's number, when the task is known.</param>
/// <param name="DirectiveNumber">The directive's number in the notice, when the task is known.</param>
/// <param name="Content">What the directive asks, when the task is known.</param>
/// <param name="DueDate">The deadline's due date.</param>
/// <param name="ScheduledFor">When the stage became current.</param>
/// <param name="Message">The Vietnamese text of the notification.</param>
/// <param name="TaskUrl">The task in the product.</param>
public sealed record WebhookEventData(
    string NotificationId,
    string Agency,
    string Kind,
    int Level,
    string Stage,
    string TaskId,
    string? NoticeNumber,
    int? DirectiveNumber,
    string? Content,
    DateOnly DueDate,
    DateTimeOffset ScheduledFor,
    string Message,
    string TaskUrl);
