using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Serverless.Grains.Storage;

namespace Serverless.Grains.Grains;

/// <summary>
/// Sweeps one stripe of the due index (see <see cref="IDueStripeGrain"/>). Safe to run twice or late: the grains
/// send each stage at most once and only the stage current now; an entry is removed only after its check landed,
/// so a silo dying mid-sweep leaves its entries for the next call, on another silo.
/// </summary>
[StripePlacement]
public sealed partial class DueStripeGrain(DueIndex dueIndex, IGrainFactory grains, ILogger<DueStripeGrain> logger) : Grain, IDueStripeGrain
{
    /// <inheritdoc />
    public async Task<DueStripeResult> SweepAsync(DateTimeOffset now, int maxParallelism, TimeSpan budget, CancellationToken cancellationToken)
    {
        try
        {
            return await SweepStripeAsync(now, maxParallelism, budget, cancellationToken);
        }
        finally
        {
            // Placed afresh at every call, on the silos alive then. Asked for at the end, not the start: an activation
            // asked to deactivate holds its incoming messages for the next one, and the caller's cancellation is one.
            DeactivateOnIdle();
        }
    }

    private async Task<DueStripeResult> SweepStripeAsync(DateTimeOffset now, int maxParallelism, TimeSpan budget, CancellationToken cancellationToken)
    {
        var stripe = (int)this.GetPrimaryKeyLong();
        var from = await dueIndex.ReadWatermarkAsync(stripe, cancellationToken) ?? now;
        var failedHours = new ConcurrentBag<DateTimeOffset>();
        int checkedCount = 0, notified = 0;
        var stopped = new StrongBox<bool>();

        // On the thread pool, not on this grain's one-at-a-time scheduler, so the checks run side by side (and their
        // awaits need no ConfigureAwait there); off the activation, so the calls go through the silo's own factory.
        await Parallel.ForEachAsync(Within(dueIndex.ReadDueAsync(stripe, from, now, CancellationToken.None), budget, stopped, cancellationToken),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, maxParallelism), TaskScheduler = TaskScheduler.Default },
            async (entry, ct) =>
            {
                try
                {
                    var result = await grains.CheckAsync(entry.DeadlineId, now);
                    // Only once the check is durable (its next due row included): a crash before leaves the row,
                    // which is only checked again, which is harmless. Deletes of the same hour share requests.
                    await dueIndex.RemoveAsync(entry, ct);
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
            });

        // Never move the watermark past an hour that still holds a failed entry, nor past entries not taken yet.
        if (!stopped.Value)
            await dueIndex.WriteWatermarkAsync(stripe, failedHours.IsEmpty ? now : failedHours.Min(), CancellationToken.None);
        return new DueStripeResult(stripe, RuntimeIdentity, checkedCount, notified, failedHours.Count, !stopped.Value);
    }

    // The entries, until the budget is spent or the caller cancels (then the flag says so). Cancellation stops the
    // taking, not the checks already started: each check is one grain call that lands whole or is retried whole.
    private static async IAsyncEnumerable<DueEntry> Within(IAsyncEnumerable<DueEntry> entries, TimeSpan budget, StrongBox<bool> stopped,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await foreach (var entry in entries)
        {
            if (clock.Elapsed > budget || cancellationToken.IsCancellationRequested)
            {
                stopped.Value = true;
                yield break;
            }
            yield return entry;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deadline check failed for {DeadlineId}; it will be retried")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception, string deadlineId);
}
