namespace Serverless.Testing.Delivery.Broker;

/// <summary>One message in a subscription: its encoded AMQP bytes and its peek-lock bookkeeping.</summary>
public sealed class QueueEntry(byte[] encoded, string? messageId, long sequenceNumber, DateTime enqueuedAt)
{
    public byte[] Encoded { get; } = encoded;

    public string? MessageId { get; } = messageId;

    public long SequenceNumber { get; } = sequenceNumber;

    public DateTime EnqueuedAt { get; } = enqueuedAt;

    /// <summary>Deliveries that ended without completion (the AMQP header's delivery-count).</summary>
    public int FailedDeliveries { get; set; }

    /// <summary>The lock token of the current delivery (also its AMQP delivery tag).</summary>
    public Guid LockToken { get; set; }

    /// <summary>The link the message is locked on, while it is.</summary>
    public Amqp.Listener.ListenerLink? Link { get; set; }
}
