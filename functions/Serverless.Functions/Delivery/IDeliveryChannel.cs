using Serverless.Functions.Dispatch;
using Serverless.Grains.Storage;

namespace Serverless.Functions.Delivery;

/// <summary>One way of reaching people or systems (email, webhook).</summary>
public interface IDeliveryChannel
{
    /// <summary>The channel name (see <see cref="DeliveryChannels"/>).</summary>
    string Name { get; }

    /// <summary>
    /// Sends one copy and returns the other side's answer. Throws <see cref="TransientDeliveryException"/> when a
    /// later try may succeed and <see cref="PermanentDeliveryException"/> when it never will.
    /// </summary>
    Task<string> SendAsync(NotificationMessageBody notification, DeliveryTarget target, TaskIndexEntry? task, CancellationToken cancellationToken);
}
