using Microsoft.Azure.Functions.Worker;
using Serverless.Functions.Dispatch;

namespace Serverless.Functions.Timers;

/// <summary>Every 30 seconds (setting DispatchSchedule): publish pending notifications to Service Bus.</summary>
public sealed class DispatchNotificationsFunction(OutboxDispatcher dispatcher)
{
    /// <summary>Runs one dispatch pass; a no-op when Service Bus is not configured.</summary>
    [Function("DispatchNotifications")]
    public Task RunAsync([TimerTrigger("%DispatchSchedule%")] TimerInfo timer, CancellationToken cancellationToken) =>
        dispatcher.DispatchAsync(cancellationToken);
}
