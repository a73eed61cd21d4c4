using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Serverless.Functions.Delivery;

namespace Serverless.Functions.Dispatch;

/// <summary>Registers delivery of the outbox through Service Bus.</summary>
public static class NotificationDispatchRegistration
{
    /// <summary>
    /// Binds <see cref="ServiceBusOptions"/> (validated at start) and <see cref="DispatchOptions"/>, and registers the
    /// singleton topic client and the <see cref="OutboxDispatcher"/>. Without Service Bus settings the dispatcher
    /// delivers in-process.
    /// </summary>
    public static IServiceCollection AddNotificationDispatch(this IServiceCollection services)
    {
        services.AddOptions<ServiceBusOptions>().BindConfiguration(ServiceBusOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ServiceBusOptions>, ServiceBusOptionsValidator>();
        services.AddOptions<DispatchOptions>().BindConfiguration(DispatchOptions.Section);
        services.AddSingleton<NotificationTopicClient>();
        services.AddSingleton<OutboxDispatcher>();
        // Without Service Bus the dispatcher hands notifications to the delivery code in-process.
        services.AddNotificationDelivery();
        return services;
    }
}
