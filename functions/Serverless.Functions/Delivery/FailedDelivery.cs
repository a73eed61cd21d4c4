namespace Serverless.Functions.Delivery;

/// <summary>A delivery operators must look at: refused, given up on, or an agency without contacts.</summary>
/// <param name="NotificationId">The notification.</param>
/// <param name="Recipient">The agency it was for.</param>
/// <param name="TaskId">The task concerned.</param>
/// <param name="Channel">email, webhook or none.</param>
/// <param name="Address">The address, empty for none.</param>
/// <param name="Outcome">failed or noContacts.</param>
/// <param name="Reason">Why.</param>
/// <param name="At">When.</param>
public sealed record FailedDelivery(
    string NotificationId,
    string Recipient,
    string TaskId,
    string Channel,
    string Address,
    string Outcome,
    string Reason,
    DateTimeOffset At);
