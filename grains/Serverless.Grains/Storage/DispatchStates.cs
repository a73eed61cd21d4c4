namespace Serverless.Grains.Storage;

/// <summary>Delivery states of an outbox row (<see cref="Notification.DispatchState"/>).</summary>
public static class DispatchStates
{
    /// <summary>Written, not yet accepted by the broker.</summary>
    public const string Pending = "pending";

    /// <summary>Accepted by the broker.</summary>
    public const string Sent = "sent";

    /// <summary>Given up on after repeated failures; an operator can put it back to pending.</summary>
    public const string Failed = "failed";
}
