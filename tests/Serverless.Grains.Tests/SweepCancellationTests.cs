using Serverless.Grains.Storage;
using Serverless.Tracking;
using Xunit;

namespace Serverless.Grains.Tests;

/// <summary>
/// A sweep cancelled by its caller (the host stopping, the timer's time-out) stops taking entries on the silo that
/// runs it, instead of running on to its budget; what it left is checked by the next sweep, each stage sent once.
/// Own cluster: the test reads the whole inbox of one agency and the stripes' watermarks.
/// </summary>
public sealed class SweepCancellationTests : IAsyncLifetime
{
    private readonly GrainClusterFixture fixture = new(silos: 1);

    public async Task InitializeAsync()
    {
        await fixture.InitializeAsync();
        await fixture.DueIndex.InitializeWatermarksAsync(fixture.Time.GetUtcNow());
    }

    public Task DisposeAsync() => fixture.DisposeAsync();

    private static DateTimeOffset Vietnam(int month, int day, int hour = 9) => new(2023, month, day, hour, 0, 0, TimeSpan.FromHours(7));

    private Task<List<Notification>> InboxAsync() => fixture.InboxAsync("SXD");

    [Fact]
    public async Task A_cancelled_stripe_sweep_stops_taking_entries_and_the_next_sweep_checks_the_rest_once()
    {
        // About 100 deadlines per stripe, their 7-day reminders due on 23/9.
        var ids = Enumerable.Range(0, 800).Select(_ => TrackingIds.DeadlineId($"{TestNotices.NewNoticeId()}.1.1", 1)).ToList();
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (id, _) =>
            await fixture.Grains.GetGrain<IDeadlineGrain>(id).ScheduleAsync(new DeadlineDefinition(id[..^3], new DateOnly(2023, 9, 30),
                "Hoàn thiện hồ sơ", "45/TB-UBND", "Sở Xây dựng", fixture.Agencies.RecipientsFor("SXD"), DefaultLadder.Create())));
        var stripe = DueIndex.StripeOf(ids[0]);
        var inStripe = ids.Count(id => DueIndex.StripeOf(id) == stripe);

        // One check at a time and a budget far beyond the test, so only the cancellation can stop the call early.
        using var cancellation = new CancellationTokenSource();
        var call = fixture.Grains.GetGrain<IDueStripeGrain>(stripe).SweepAsync(Vietnam(9, 23), 1, TimeSpan.FromMinutes(10), cancellation.Token);
        while (!call.IsCompleted && (await InboxAsync()).Count < 3) await Task.Delay(10);
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);

        // A second call to the stripe's grain runs only once the cancelled one has ended (one call at a time); due
        // before the reminders, it checks nothing.
        var drained = await fixture.Grains.GetGrain<IDueStripeGrain>(stripe).SweepAsync(Vietnam(9, 22), 1, TimeSpan.FromMinutes(10));
        Assert.Equal(0, drained.Checked);
        var sentByCancelled = (await InboxAsync()).Count;
        Assert.InRange(sentByCancelled, 3, inStripe - 1);

        // The next sweep goes on from what was left: every deadline has its reminder, once.
        var next = await fixture.Grains.SweepDueAsync(Vietnam(9, 23), 64);
        Assert.Equal(0, next.Sum(r => r.Failed));
        Assert.Equal(ids.Count - sentByCancelled, next.Sum(r => r.Notified));
        var inbox = await InboxAsync();
        foreach (var id in ids)
            Assert.Equal(["remind-7d"], inbox.Where(n => n.Id.StartsWith(id + ".", StringComparison.Ordinal)).Select(n => n.Stage));
    }
}
