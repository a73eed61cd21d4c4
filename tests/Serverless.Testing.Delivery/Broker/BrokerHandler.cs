using Amqp.Handler;
using Amqp.Listener;

namespace Serverless.Testing.Delivery.Broker;

/// <summary>
/// The listener's protocol hooks: keeps accepted sockets (so a test can cut them) and gives each subscription
/// delivery its lock token as delivery tag, which is where the SDK reads the lock token from.
/// </summary>
public sealed class BrokerHandler(AcceptedSockets sockets) : IHandler
{
    /// <inheritdoc />
    public bool CanHandle(EventId id) => id is EventId.SocketAccept or EventId.SendDelivery;

    /// <inheritdoc />
    public void Handle(Event protocolEvent)
    {
        if (protocolEvent.Id == EventId.SocketAccept)
        {
            sockets.Handle(protocolEvent);
            return;
        }
        if (protocolEvent.Context is IDelivery { UserToken: ReceiveContext { UserToken: QueueEntry entry } } delivery)
            delivery.Tag = entry.LockToken.ToByteArray();
    }
}
