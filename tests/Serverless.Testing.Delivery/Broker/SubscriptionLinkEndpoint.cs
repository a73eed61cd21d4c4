using Amqp.Framing;
using Amqp.Listener;

namespace Serverless.Testing.Delivery.Broker;

/// <summary>A receiver's link on a subscription: when it closes, its locked messages go back in line.</summary>
public sealed class SubscriptionLinkEndpoint(BrokerSubscription queue, ListenerLink link) : SourceLinkEndpoint(queue, link)
{
    /// <inheritdoc />
    public override void OnLinkClosed(ListenerLink link, Error error)
    {
        queue.ReleaseLocksOf(link, error);
        base.OnLinkClosed(link, error);
    }
}
