namespace Serverless.Grains.Storage;

/// <summary>A pending marker: a notification the dispatcher still has to deliver, and how its earlier tries went.</summary>
/// <param name="Recipient">Partition of the notification (recipient agency code).</param>
/// <param name="RowKey">Row key of the notification row the marker points at.</param>
/// <param name="Attempts">Failed delivery attempts so far.</param>
/// <param name="LastError">The last failure, if any.</param>
/// <param name="NextAttemptAt">Not to be tried before this instant (null: at once).</param>
/// <param name="NotedAt">When the marker was written (before its notification row).</param>
public sealed record PendingDispatch(
    string Recipient,
    string RowKey,
    int Attempts,
    string? LastError,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? NotedAt = null);
