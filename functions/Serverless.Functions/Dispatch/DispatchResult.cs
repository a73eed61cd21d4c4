namespace Serverless.Functions.Dispatch;

/// <summary>What one dispatch run did.</summary>
/// <param name="Enabled">True when the run published to Service Bus; false when it delivered in-process (no Service Bus configured).</param>
/// <param name="Sent">Notifications the broker accepted (or, in-process, that were delivered) and that are now marked sent.</param>
/// <param name="Retrying">Notifications whose attempt failed and that stay pending for a later run.</param>
/// <param name="Failed">Notifications given up on in this run (marked failed for operators).</param>
/// <param name="Waiting">Pending notifications not yet due for another attempt.</param>
public sealed record DispatchResult(bool Enabled, int Sent, int Retrying, int Failed, int Waiting);
