using Serverless.Grains.Storage;

namespace Serverless.Grains;

/// <summary>
/// One sweep of the whole due index: every stripe at once, each on the silo its grain is placed on (see
/// <see cref="IDueStripeGrain"/>), so the sweep's work is split over the silos and a silo added adds throughput.
/// </summary>
public static class DueSweep
{
    /// <summary>How long one stripe call takes new entries: well within Orleans' 30 s response timeout.</summary>
    public static readonly TimeSpan CallBudget = TimeSpan.FromSeconds(10);

    private const int AttemptsPerCall = 5;

    /// <summary>
    /// Sweeps every stripe at <paramref name="now"/> with <paramref name="maxParallelism"/> checks in flight in all
    /// (shared evenly by the stripes). Returns each stripe call's result.
    /// </summary>
    public static async Task<IReadOnlyList<DueStripeResult>> SweepDueAsync(this IGrainFactory grains, DateTimeOffset now, int maxParallelism,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grains);
        var perStripe = Math.Max(1, maxParallelism / DueIndex.Stripes);
        var runs = await Task.WhenAll(DueIndex.AllStripes.Select(stripe => SweepStripeAsync(grains, stripe, now, perStripe, cancellationToken)))
            .ConfigureAwait(false);
        return runs.SelectMany(r => r).ToList();
    }

    private static async Task<List<DueStripeResult>> SweepStripeAsync(IGrainFactory grains, int stripe, DateTimeOffset now, int parallelism,
        CancellationToken cancellationToken)
    {
        var results = new List<DueStripeResult>();
        var failures = 0;
        while (true)
        {
            DueStripeResult result;
            try
            {
                result = await grains.GetGrain<IDueStripeGrain>(stripe).SweepAsync(now, parallelism, CallBudget, cancellationToken)
                    .WaitAsync(cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested && ++failures < AttemptsPerCall)
            {
                // The silo running the stripe died or is stopping: once the cluster knows, the next call is placed
                // on a live silo and goes on from the entries left (they are removed only once checked).
                await Task.Delay(TimeSpan.FromSeconds(failures), cancellationToken).ConfigureAwait(false);
                continue;
            }
            results.Add(result);
            // A call that stopped at its budget is followed by another; one that got nothing done ends the stripe's
            // sweep (storage down: the next sweep tries again), so a sweep never loops on entries that keep failing.
            if (result.Complete || result.Checked == 0) return results;
        }
    }
}
