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
    private readonly ServiceBusClient? client;

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
        client = string.IsNullOrWhiteSpace(settings.ConnectionString)
            ? new ServiceBusClient(settings.FullyQualifiedNamespace, new DefaultAzureCredential(), clientOptions)
            : new ServiceBusClient(settings.ConnectionString, clientOptions);
        Sender = client.CreateSender(settings.TopicName);
    }

    /// <summary>The topic sender; null when Service Bus is not configured.</summary>
    public ServiceBusSender? Sender { get; }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Sender is not null) await Sender.DisposeAsync().ConfigureAwait(false);
        if (client is not null) await client.DisposeAsync().ConfigureAwait(false);
    }
}
