using Amqp.Framing;
using Amqp.Listener;

namespace Serverless.Testing.Delivery.Broker;

/// <summary>
/// A receiver's link on a subscription: keeps its own count of the receiver's credit, and when the link closes its
/// locked messages go back in line.
/// </summary>
/// <remarks>
/// AMQPNetLite sets a link's credit to 0 whenever a flow's limit is not above its own, which includes the common
/// case of a flow the SDK wrote while deliveries were in flight: the true credit left is the credit before the flow
/// plus the flow's delta. Handing messages out on AMQPNetLite's count either stalls (the SDK believes it granted
/// credit, the broker believes it has none) or, ignoring the count, exceeds it (the SDK closes the link with
/// amqp:link:transfer-limit-exceeded).
/// </remarks>
public sealed class SubscriptionLinkEndpoint : SourceLinkEndpoint
{
    private readonly BrokerSubscription queue;
    private readonly ListenerLink link;
    private readonly Lock sync = new();
    private long credit;

    public SubscriptionLinkEndpoint(BrokerSubscription queue, ListenerLink link)
        : base(queue, link)
    {
        ArgumentNullException.ThrowIfNull(queue);
        this.queue = queue;
        this.link = link;
        queue.Attach(link, this);
    }

    /// <inheritdoc />
    public override void OnFlow(FlowContext flowContext)
    {
        ArgumentNullException.ThrowIfNull(flowContext);
        lock (sync)
        {
            credit = Math.Max(0, credit + flowContext.Messages);
            BrokerSubscription.CreditOf(link) = (uint)credit;
        }
        base.OnFlow(flowContext);
    }

    /// <summary>Takes one credit for a message about to be sent; false when the receiver allows none.</summary>
    public bool TryTakeCredit()
    {
        lock (sync)
        {
            if (credit <= 0) return false;
            credit--;
            return true;
        }
    }

    /// <inheritdoc />
    public override void OnLinkClosed(ListenerLink link, Error error)
    {
        queue.ReleaseLocksOf(link, error);
        base.OnLinkClosed(link, error);
    }
}
