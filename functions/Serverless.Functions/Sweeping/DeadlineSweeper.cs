using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Serverless.Functions.Hosting;
using Serverless.Grains;
using Serverless.Tracking;
using Serverless.Grains.Storage;

namespace Serverless.Functions.Sweeping;

/// <summary>
/// Reads the due index from the persisted watermark up to now and checks each due deadline. Safe to run twice or
/// late: the grains send each stage at most once and only the stage current now.
/// </summary>
public sealed partial class DeadlineSweeper(
    DueIndex dueIndex, IGrainFactory grains, TrackingClock clock, IOptions<SweepOptions> options, ILogger<DeadlineSweeper> logger)
{
    /// <summary>Runs one sweep.</summary>
    public async Task<SweepResult> SweepAsync(CancellationToken cancellationToken)
    {
        var now = clock.Now;
        var from = await dueIndex.ReadWatermarkAsync(cancellationToken).ConfigureAwait(false) ?? now;
        var failedHours = new System.Collections.Concurrent.ConcurrentBag<DateTimeOffset>();
        int checkedCount = 0, notified = 0;

        await Parallel.ForEachAsync(dueIndex.ReadDueAsync(from, now, cancellationToken),
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxParallelism, CancellationToken = cancellationToken },
            async (entry, ct) =>
            {
                try
                {
                    var result = await grains.CheckAsync(entry.DeadlineId, now).ConfigureAwait(false);
                    // Only once the check is durable (its next due row included); a crash before leaves the row,
                    // which is only checked again, which is harmless. Deletes of the same hour share requests.
                    await dueIndex.RemoveAsync(entry, ct).ConfigureAwait(false);
                    Interlocked.Increment(ref checkedCount);
                    if (result.NotifiedStage is not null) Interlocked.Increment(ref notified);
                }
#pragma warning disable CA1031 // One failing deadline must not stop the sweep; it stays in the index and is retried.
                catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
                {
                    failedHours.Add(DueIndex.TruncateToHour(entry.DueAt));
                    LogCheckFailed(logger, e, entry.DeadlineId);
                }
            }).ConfigureAwait(false);

        // Never move the watermark past an hour that still holds a failed entry.
        var watermark = failedHours.IsEmpty ? now : failedHours.Min();
        await dueIndex.WriteWatermarkAsync(watermark, cancellationToken).ConfigureAwait(false);
        var result = new SweepResult(checkedCount, notified, failedHours.Count);
        LogSwept(logger, result.Checked, result.Notified, result.Failed, now);
        return result;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deadline check failed for {DeadlineId}; it will be retried")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception, string deadlineId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sweep at {Now}: {Checked} checked, {Notified} notified, {Failed} failed")]
    private static partial void LogSwept(ILogger logger, int @checked, int notified, int failed, DateTimeOffset now);
}
