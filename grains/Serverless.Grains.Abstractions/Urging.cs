namespace Serverless.Grains;

/// <summary>One urging ("đôn đốc") of an agency about a task, as recorded with the task.</summary>
/// <param name="UrgingId">"dd1", "dd2", ... within the task.</param>
/// <param name="Agency">The agency urged (the task's lead or a coordinating agency).</param>
/// <param name="Level">Whom it went to.</param>
/// <param name="Recipient">The agency code it was delivered to.</param>
/// <param name="Reason">Why, in the urging person's words.</param>
/// <param name="Actor">Who urged.</param>
/// <param name="At">When.</param>
/// <param name="NotificationId">The outbox id of the notification it sent.</param>
/// <param name="ClientRequestId">The caller's request id, when given: a retry with it is applied once.</param>
[GenerateSerializer, Immutable]
public sealed record Urging(
    [property: Id(0)] string UrgingId,
    [property: Id(1)] string Agency,
    [property: Id(2)] UrgingLevel Level,
    [property: Id(3)] string Recipient,
    [property: Id(4)] string Reason,
    [property: Id(5)] Actor Actor,
    [property: Id(6)] DateTimeOffset At,
    [property: Id(7)] string NotificationId,
    [property: Id(8)] string? ClientRequestId = null);
