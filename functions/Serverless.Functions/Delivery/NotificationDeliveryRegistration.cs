using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Serverless.Functions.Delivery;

/// <summary>Registers the delivery side: contacts, ledger, channels and the one delivery code path.</summary>
public static class NotificationDeliveryRegistration
{
    /// <summary>
    /// Binds <see cref="DeliveryOptions"/> and <see cref="SmtpOptions"/> (validated at start), and registers the
    /// contacts store, the ledger, the email and webhook channels and <see cref="NotificationDelivery"/>.
    /// </summary>
    public static IServiceCollection AddNotificationDelivery(this IServiceCollection services)
    {
        services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.Section);
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SmtpOptions>, SmtpOptionsValidator>();
        services.AddSingleton<DeliveryTables>();
        services.AddSingleton<AgencyContactsStore>();
        services.AddSingleton<ContactsValidator>();
        services.AddSingleton<ContactsCache>();
        services.AddSingleton<TaskCache>();
        services.AddSingleton<DeliveryLedger>();
        services.AddSingleton<DeliveryHistory>();
        services.AddSingleton<EmailComposer>();
        services.AddSingleton<IDeliveryChannel, SmtpEmailChannel>();
        services.AddSingleton<IDeliveryChannel, WebhookChannel>();
        services.AddSingleton<NotificationDelivery>();
        services.AddSingleton<DeliveryMessageHandler>();
        return services;
    }
}
