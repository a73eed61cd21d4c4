using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Serverless.Functions.Dispatch;

namespace Serverless.Functions.Delivery;

/// <summary>
/// Reads the delivery subscription with the SDK's <see cref="ServiceBusProcessor"/> inside the Function App process
/// (peek-lock, settled by <see cref="DeliveryMessageHandler"/>, locks renewed while a message is handled). The
/// Functions Service Bus trigger is not available here; a <c>[ServiceBusTrigger]</c> function calling the same
/// handler can replace this class. Does nothing when Service Bus is not configured.
/// </summary>
public sealed partial class ServiceBusDeliveryWorker(
    NotificationTopicClient topic,
    DeliveryMessageHandler handler,
    IOptions<ServiceBusOptions> serviceBus,
    IOptions<DeliveryOptions> options,
    ILogger<ServiceBusDeliveryWorker> logger) : IHostedService, IAsyncDisposable
{
    private ServiceBusProcessor? processor;

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (topic.Client is not { } client) return;
        var settings = options.Value;
        processor = client.CreateProcessor(serviceBus.Value.TopicName, NotificationTopology.DeliverySubscription, new ServiceBusProcessorOptions
        {
            AutoCompleteMessages = false,
            ReceiveMode = ServiceBusReceiveMode.PeekLock,
            MaxConcurrentCalls = settings.MaxConcurrentCalls,
            PrefetchCount = settings.PrefetchCount,
            MaxAutoLockRenewalDuration = settings.MaxAutoLockRenewalDuration,
        });
        processor.ProcessMessageAsync += args => handler.HandleAsync(args.Message, new ProcessorSettlement(args), args.CancellationToken);
        processor.ProcessErrorAsync += args =>
        {
            LogError(logger, args.Exception, args.ErrorSource.ToString(), args.EntityPath);
            return Task.CompletedTask;
        };
        await processor.StartProcessingAsync(cancellationToken).ConfigureAwait(false);
        LogStarted(logger, processor.EntityPath);
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) =>
        processor is null ? Task.CompletedTask : processor.StopProcessingAsync(cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (processor is not null) await processor.DisposeAsync().ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivery worker reading {EntityPath}")]
    private static partial void LogStarted(ILogger logger, string entityPath);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery worker error from {Source} on {EntityPath}")]
    private static partial void LogError(ILogger logger, Exception exception, string source, string entityPath);
}
