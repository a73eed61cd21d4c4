namespace Serverless.Functions.Delivery;

/// <summary>A send that failed in a way a later try may fix (time-out, 5xx, 4xx SMTP reply, connection lost).</summary>
public sealed class TransientDeliveryException : Exception
{
    public TransientDeliveryException() { }

    public TransientDeliveryException(string message) : base(message) { }

    public TransientDeliveryException(string message, Exception innerException) : base(message, innerException) { }
}
