using Serverless.Grains.Storage;

namespace Serverless.Grains.Tests;

/// <summary>What the follow-up tests share: tasks due before the fixture's clock, inboxes, and a sweep over the due index.</summary>
public sealed class FollowUpTestKit(GrainClusterFixture fixture)
{
    // Like the sweep's watermark: each sweep reads the hours from the previous one's on.
    private DateTimeOffset watermark = new(2023, 7, 20, 0, 0, 0, TimeSpan.Zero);

    public static readonly Actor Leader = new("chu-tich", "leader", null);
    public static readonly Actor Office = new("van-phong", "office", null);
    public static readonly Actor Sxd = new("sxd-user", "agency", "SXD");
    public static readonly Actor Stc = new("stc-user", "agency", "STC");

    /// <summary>The fixture's clock reads 20/7/2023 (Vietnam): a task due 10/7/2023 is overdue.</summary>
    public static readonly DateOnly PastDue = new(2023, 7, 10);

    public static DateTimeOffset Vietnam(int month, int day, int hour = 9) => new(2023, month, day, hour, 0, 0, TimeSpan.FromHours(7));

    /// <summary>A task led by SXD (STC coordinating), created now.</summary>
    public async Task<(IDirectiveTaskGrain Grain, string TaskId)> CreateAsync(DateOnly due)
    {
        var definition = TestNotices.Task(due);
        var grain = fixture.Grains.GetGrain<IDirectiveTaskGrain>(definition.TaskId);
        await grain.CreateAsync(definition, Actor.System);
        return (grain, definition.TaskId);
    }

    /// <summary>The notifications about a task in a recipient's inbox, newest first.</summary>
    public async Task<List<Notification>> InboxAsync(string recipient, string taskId) =>
        (await fixture.InboxAsync(recipient)).Where(n => n.TaskId == taskId).ToList();

    /// <summary>
    /// What the sweep does, for one due-index key: read the entries due by <paramref name="now"/> from the fixture's
    /// start, check each through <see cref="DueChecks"/>, remove the processed ones. Returns the stages notified.
    /// </summary>
    public async Task<List<string>> SweepAsync(string dueId, DateTimeOffset now)
    {
        var notified = new List<string>();
        var processed = new List<DueEntry>();
        await foreach (var entry in fixture.DueIndex.ReadDueAsync(watermark, now))
        {
            if (entry.DeadlineId != dueId) continue;
            var result = await fixture.Grains.CheckAsync(entry.DeadlineId, now);
            if (result.NotifiedStage is { } stage) notified.Add(stage);
            processed.Add(entry);
        }
        await fixture.DueIndex.RemoveAsync(processed);
        watermark = now;
        return notified;
    }

    /// <summary>When the checks waiting in the due index for <paramref name="dueId"/> are due (a scan: the test table is small).</summary>
    public async Task<List<DateTimeOffset>> PendingChecksAsync(string dueId)
    {
        var found = new List<DateTimeOffset>();
        await foreach (var entity in fixture.Tables.DueIndex.QueryAsync<Azure.Data.Tables.TableEntity>())
            if (entity.RowKey.EndsWith("~" + dueId, StringComparison.Ordinal)) found.Add(entity.GetDateTimeOffset("DueAt")!.Value);
        return found;
    }
}
