using Azure.Messaging.ServiceBus;

namespace Serverless.Functions.Delivery;

/// <summary>Settles through the <see cref="ServiceBusProcessor"/>'s event arguments.</summary>
public sealed class ProcessorSettlement(ProcessMessageEventArgs args) : IMessageSettlement
{
    /// <inheritdoc />
    public Task CompleteAsync(CancellationToken cancellationToken) => args.CompleteMessageAsync(args.Message, cancellationToken);

    /// <inheritdoc />
    public Task AbandonAsync(CancellationToken cancellationToken) => args.AbandonMessageAsync(args.Message, cancellationToken: cancellationToken);

    /// <inheritdoc />
    public Task DeadLetterAsync(string reason, string description, CancellationToken cancellationToken) =>
        args.DeadLetterMessageAsync(args.Message, reason, description, cancellationToken);
}
