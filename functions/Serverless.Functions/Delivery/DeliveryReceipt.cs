namespace Serverless.Functions.Delivery;

/// <summary>Where a notification was delivered, as GET /api/tasks/{id} shows it.</summary>
/// <param name="NotificationId">The notification.</param>
/// <param name="Recipient">The agency it was for.</param>
/// <param name="Channel">email, webhook, or none (the agency had no contacts).</param>
/// <param name="Address">The email address or webhook URL.</param>
/// <param name="Outcome">delivered, failed, noContacts, sending or retrying.</param>
/// <param name="At">When the outcome was recorded.</param>
/// <param name="Attempts">Sends tried.</param>
/// <param name="Detail">The server's answer or the last error.</param>
public sealed record DeliveryReceipt(
    string NotificationId,
    string Recipient,
    string Channel,
    string Address,
    string Outcome,
    DateTimeOffset At,
    int Attempts,
    string? Detail);
