namespace Serverless.Grains;

/// <summary>
/// The sweep of one stripe of the due index, keyed by the stripe number ("-1" the unstriped hours of earlier
/// versions). Placed on the silos in turn (stripe n on the n-th active silo) and deactivated after each call, so
/// each call lands on a silo alive at that moment: a new silo takes its share at the next sweep, and a dead
/// silo's stripes go to the others. One activation per stripe runs one call at a time: the stripe's lease.
/// </summary>
public interface IDueStripeGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// Checks the stripe's entries due at <paramref name="now"/>, <paramref name="maxParallelism"/> at a time. Stops
    /// taking new entries after <paramref name="budget"/> (a grain call must end well within Orleans' response
    /// timeout) and then says it is not complete: the caller calls again, and the next call goes on from what is left.
    /// The same when <paramref name="cancellationToken"/> is cancelled (Orleans carries the caller's cancellation to
    /// the silo running the call): the checks in flight finish, no new one starts.
    /// </summary>
    Task<DueStripeResult> SweepAsync(DateTimeOffset now, int maxParallelism, TimeSpan budget, CancellationToken cancellationToken = default);
}
