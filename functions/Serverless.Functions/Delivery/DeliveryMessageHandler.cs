using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Serverless.Functions.Dispatch;

namespace Serverless.Functions.Delivery;

/// <summary>
/// Handles one message of the delivery subscription: delivers it, then completes it. A delivery that fails is
/// abandoned (the broker brings it back); on its <see cref="DeliveryOptions.MaxDeliveryAttempts"/>-th delivery the
/// open copies are given up (listed for operators, noted in the history) and the message is dead-lettered with the
/// reason. A body that is not a notification is dead-lettered at once.
/// </summary>
public sealed partial class DeliveryMessageHandler(NotificationDelivery delivery, IOptions<DeliveryOptions> options, ILogger<DeliveryMessageHandler> logger)
{
    /// <summary>Dead-letter reason of a message whose deliveries were given up.</summary>
    public const string GaveUpReason = "DeliveryGaveUp";

    /// <summary>Dead-letter reason of a message that is not a notification.</summary>
    public const string UnreadableReason = "UnreadableNotification";

    /// <summary>Delivers and settles one message.</summary>
    public async Task HandleAsync(ServiceBusReceivedMessage message, IMessageSettlement settlement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(settlement);
        if (TopicMessages.ReadBody(message.Body) is not { Id.Length: > 0, Recipient.Length: > 0, TaskId.Length: > 0 } body)
        {
            LogUnreadable(logger, message.MessageId);
            await settlement.DeadLetterAsync(UnreadableReason, "The body is not a notification of this product.", cancellationToken).ConfigureAwait(false);
            return;
        }

        try
        {
            await delivery.DeliverAsync(body, cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Whatever failed, the message goes back to the broker or to the dead-letter queue, never lost.
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            if (message.DeliveryCount < options.Value.MaxDeliveryAttempts)
            {
                LogAbandoned(logger, e, body.Id, message.DeliveryCount);
                await settlement.AbandonAsync(cancellationToken).ConfigureAwait(false);
                return;
            }

            var reason = $"Bỏ cuộc sau {message.DeliveryCount} lần nhận: {e.Message}";
            await delivery.GiveUpAsync(body, reason, cancellationToken).ConfigureAwait(false);
            await settlement.DeadLetterAsync(GaveUpReason, reason.Length <= 1000 ? reason : reason[..1000], cancellationToken).ConfigureAwait(false);
            return;
        }

        await settlement.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Message {MessageId} on the delivery subscription is not a notification; dead-lettered")]
    private static partial void LogUnreadable(ILogger logger, string messageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery of {NotificationId} failed on delivery {DeliveryCount}; abandoned for a later try")]
    private static partial void LogAbandoned(ILogger logger, Exception exception, string notificationId, int deliveryCount);
}
