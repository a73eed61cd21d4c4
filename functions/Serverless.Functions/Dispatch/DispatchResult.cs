namespace Serverless.Functions.Dispatch;

/// <summary>What one dispatch run did.</summary>
/// <param name="Enabled">False when Service Bus is not configured and the run did nothing.</param>
/// <param name="Sent">Notifications the broker accepted and that are now marked sent.</param>
/// <param name="Retrying">Notifications whose attempt failed and that stay pending for a later run.</param>
/// <param name="Failed">Notifications given up on in this run (marked failed for operators).</param>
/// <param name="Waiting">Pending notifications not yet due for another attempt.</param>
public sealed record DispatchResult(bool Enabled, int Sent, int Retrying, int Failed, int Waiting)
{
    /// <summary>The result of a run with dispatch switched off.</summary>
    public static DispatchResult Disabled { get; } = new(false, 0, 0, 0, 0);
}
