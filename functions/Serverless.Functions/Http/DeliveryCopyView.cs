namespace Serverless.Functions.Http;

/// <summary>One copy of a notification: where it went and what came of it.</summary>
/// <param name="Channel">email, webhook, or none (the agency had no contacts for the level).</param>
/// <param name="Address">The email address or webhook URL.</param>
/// <param name="Outcome">delivered, failed, noContacts, sending or retrying.</param>
/// <param name="At">When the outcome was recorded.</param>
/// <param name="Attempts">Deliveries that tried this copy.</param>
/// <param name="Detail">The server's answer, or the last error.</param>
public sealed record DeliveryCopyView(string Channel, string Address, string Outcome, DateTimeOffset At, int Attempts, string? Detail);
