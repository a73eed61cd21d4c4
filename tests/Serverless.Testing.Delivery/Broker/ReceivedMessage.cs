namespace Serverless.Testing.Delivery.Broker;

/// <summary>One message as the test broker decoded it off the wire.</summary>
public sealed record ReceivedMessage(
    string? MessageId,
    string? Subject,
    string? ContentType,
    IReadOnlyDictionary<string, object?> ApplicationProperties,
    string Body);
