namespace Serverless.Functions.Delivery;

/// <summary>Some copies of a notification could not be sent in this attempt; the message must come back later.</summary>
public sealed class DeliveryIncompleteException : Exception
{
    public DeliveryIncompleteException() { }

    public DeliveryIncompleteException(string message) : base(message) { }

    public DeliveryIncompleteException(string message, Exception innerException) : base(message, innerException) { }
}
