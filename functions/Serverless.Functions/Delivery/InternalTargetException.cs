namespace Serverless.Functions.Delivery;

/// <summary>A webhook's host resolved to an address webhooks must not reach outside Development.</summary>
public sealed class InternalTargetException(string message) : IOException(message);
