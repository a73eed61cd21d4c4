namespace Serverless.Functions.Delivery;

/// <summary>
/// How a handled message is settled with the broker. The in-process <see cref="ServiceBusDeliveryWorker"/> adapts
/// its processor's arguments; a future <c>[ServiceBusTrigger]</c> function would adapt its message actions.
/// </summary>
public interface IMessageSettlement
{
    /// <summary>Done: the broker forgets the message.</summary>
    Task CompleteAsync(CancellationToken cancellationToken);

    /// <summary>Not done: the broker delivers it again (its delivery count goes up).</summary>
    Task AbandonAsync(CancellationToken cancellationToken);

    /// <summary>Never to be done: the message moves to the dead-letter queue with the reason.</summary>
    Task DeadLetterAsync(string reason, string description, CancellationToken cancellationToken);
}
