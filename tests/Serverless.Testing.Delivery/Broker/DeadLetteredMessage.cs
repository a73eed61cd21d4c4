namespace Serverless.Testing.Delivery.Broker;

/// <summary>A message moved to a subscription's dead-letter queue, with the reason the receiver gave.</summary>
public sealed record DeadLetteredMessage(string? MessageId, string? Reason, string? Description, int DeliveryCount);
