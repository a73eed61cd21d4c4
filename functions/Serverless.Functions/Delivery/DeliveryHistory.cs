using Microsoft.Extensions.DependencyInjection;
using Serverless.Functions.Dispatch;
using Serverless.Grains;

namespace Serverless.Functions.Delivery;

/// <summary>Notes a delivery given up on in the task's append-only history.</summary>
// The grain factory is resolved per call, not injected: the outbox dispatcher (which needs this class for its
// in-process path) is also built in processes without a silo, where only giving up would ever reach a grain.
public sealed class DeliveryHistory(IServiceProvider services)
{
    /// <summary>Adds the entry (once per notification and address).</summary>
    public Task RecordAsync(NotificationMessageBody notification, DeliveryTarget target, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        ArgumentNullException.ThrowIfNull(target);
        cancellationToken.ThrowIfCancellationRequested();
        var where = target.Channel switch
        {
            DeliveryChannels.Email => $"thư điện tử tới {target.Address}",
            DeliveryChannels.Webhook => $"webhook {target.Address}",
            _ => "(không có người nhận)",
        };
        return services.GetRequiredService<IGrainFactory>().GetGrain<IDirectiveTaskGrain>(notification.TaskId)
            .RecordDeliveryFailureAsync(notification.Id, $"Không gửi được thông báo {notification.Id} qua {where}: {reason}");
    }
}
