namespace Serverless.Functions.Delivery;

/// <summary>A send the other side refused for good (HTTP 4xx, SMTP 5xx): never retried.</summary>
public sealed class PermanentDeliveryException : Exception
{
    public PermanentDeliveryException() { }

    public PermanentDeliveryException(string message) : base(message) { }

    public PermanentDeliveryException(string message, Exception innerException) : base(message, innerException) { }
}
