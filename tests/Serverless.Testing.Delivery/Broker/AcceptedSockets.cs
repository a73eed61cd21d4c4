using System.Collections.Concurrent;
using System.Net.Sockets;
using Amqp.Handler;

namespace Serverless.Testing.Delivery.Broker;

/// <summary>Keeps every socket the listener accepts, so a test can cut the transport under the AMQP connection.</summary>
public sealed class AcceptedSockets : IHandler
{
    private readonly ConcurrentQueue<Socket> sockets = new();

    /// <inheritdoc />
    public bool CanHandle(EventId id) => id == EventId.SocketAccept;

    /// <inheritdoc />
    public void Handle(Event protocolEvent)
    {
        if (protocolEvent.Context is Socket socket) sockets.Enqueue(socket);
    }

    /// <summary>Closes every accepted socket at the TCP level: no AMQP close, no disposition for what is in flight.</summary>
    public void CutAll()
    {
        while (sockets.TryDequeue(out var socket))
        {
            try
            {
                socket.LingerState = new LingerOption(true, 0);
                socket.Close();
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }
}
