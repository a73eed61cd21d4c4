namespace Serverless.Grains.Storage;

/// <summary>A notification the dispatcher gave up on, as operators list it: ids and the failure, no task content.</summary>
/// <param name="NotificationId">The notification's id.</param>
/// <param name="Recipient">Recipient agency code.</param>
/// <param name="TaskId">The task concerned.</param>
/// <param name="Attempts">Delivery attempts made.</param>
/// <param name="LastError">The last failure.</param>
/// <param name="FailedAt">When the dispatcher gave up.</param>
public sealed record FailedDispatch(
    string NotificationId,
    string Recipient,
    string TaskId,
    int Attempts,
    string? LastError,
    DateTimeOffset FailedAt);
