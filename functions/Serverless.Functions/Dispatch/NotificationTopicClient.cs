using Azure.Identity;
using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.Options;

namespace Serverless.Functions.Dispatch;

/// <summary>
/// The process's one <see cref="ServiceBusClient"/> and its sender to the notifications topic, or neither when
/// Service Bus is not configured. In Azure it authenticates with managed identity; a connection string is for
/// local runs and tests.
/// </summary>
public sealed class NotificationTopicClient : IAsyncDisposable
{

    /// <summary>Creates the client and sender from the options (nothing when dispatch is off).</summary>
    public NotificationTopicClient(IOptions<ServiceBusOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        if (!settings.IsConfigured) return;

        var clientOptions = new ServiceBusClientOptions
        {
            RetryOptions = new ServiceBusRetryOptions
            {
                Mode = ServiceBusRetryMode.Exponential,
                MaxRetries = settings.MaxRetries,
                Delay = settings.RetryDelay,
                TryTimeout = settings.TryTimeout,
            },
        };
        Client = string.IsNullOrWhiteSpace(settings.ConnectionString)
            ? new ServiceBusClient(settings.FullyQualifiedNamespace, new DefaultAzureCredential(), clientOptions)
            : new ServiceBusClient(settings.ConnectionString, clientOptions);
        Sender = Client.CreateSender(settings.TopicName);
    }

    /// <summary>The process's client (the delivery worker receives with it); null when Service Bus is not configured.</summary>
    public ServiceBusClient? Client { get; }

    /// <summary>The topic sender; null when Service Bus is not configured.</summary>
    public ServiceBusSender? Sender { get; }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Sender is not null) await Sender.DisposeAsync().ConfigureAwait(false);
        if (Client is not null) await Client.DisposeAsync().ConfigureAwait(false);
    }
}
