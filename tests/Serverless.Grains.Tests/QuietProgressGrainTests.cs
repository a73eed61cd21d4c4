using Serverless.Tracking;
using Xunit;
using static Serverless.Grains.Tests.FollowUpTestKit;

namespace Serverless.Grains.Tests;

/// <summary>
/// The fixture's clock reads Thursday 20/7/2023, the day the tasks start: 10 working days later is Thursday 3/8/2023
/// (the reminder), 5 more is Thursday 10/8/2023 (the escalation to the office).
/// </summary>
[Collection(GrainClusterGroup.Name)]
public sealed class QuietProgressGrainTests(GrainClusterFixture fixture)
{
    private static readonly DateOnly Due = new(2023, 12, 29);
    private readonly FollowUpTestKit kit = new(fixture);

    private async Task<List<string>> StagesAsync(string recipient, string taskId) =>
        (await kit.InboxAsync(recipient, taskId)).Where(n => n.Kind.StartsWith("progress-", StringComparison.Ordinal)).Select(n => n.Stage).ToList();

    [Fact]
    public async Task A_quiet_lead_agency_is_reminded_after_ten_working_days_and_the_office_told_five_later_each_once()
    {
        var (grain, taskId) = await kit.CreateAsync(Due);
        var id = TrackingIds.QuietWatchId(taskId);

        var before = await kit.SweepAsync(id, Vietnam(8, 2, 17));
        var reminder = await kit.SweepAsync(id, Vietnam(8, 3));
        var twice = await kit.SweepAsync(id, Vietnam(8, 3));
        var escalation = await kit.SweepAsync(id, Vietnam(8, 10));

        Assert.Empty(before);
        Assert.Equal(["quiet.20230720.remind"], reminder);
        Assert.Empty(twice);
        Assert.Equal(["quiet.20230720.escalate"], escalation);
        var sxd = Assert.Single(await kit.InboxAsync("SXD", taskId));
        Assert.Equal(($"{taskId}.quiet.20230720.remind", "progress-reminder"), (sxd.Id, sxd.Kind));
        Assert.Contains("chưa có báo cáo tiến độ", sxd.Message, StringComparison.Ordinal);
        Assert.Contains("20/07/2023", sxd.Message, StringComparison.Ordinal);
        var office = Assert.Single(await kit.InboxAsync("VPUBND", taskId));
        Assert.Equal(("progress-escalation", 2), (office.Kind, office.Level));
        var task = (await grain.GetAsync())!;
        Assert.Contains(task.History, h => h.Action == "quiet-reminded" && h.Actor == Actor.System);
        Assert.Contains(task.History, h => h.Action == "quiet-escalated");
        Assert.Equal(new DateOnly(2023, 8, 3), task.QuietWatch!.QuietOn);
        Assert.Empty(await kit.PendingChecksAsync(id));
    }

    [Fact]
    public async Task After_a_week_long_outage_the_watch_sends_only_the_stage_current_now_and_no_backlog()
    {
        var (grain, taskId) = await kit.CreateAsync(Due);
        var id = TrackingIds.QuietWatchId(taskId);

        // Down from 2/8 to 11/8: the reminder (3/8) and the escalation (10/8) both came due meanwhile.
        await kit.SweepAsync(id, Vietnam(8, 2));
        var late = await kit.SweepAsync(id, Vietnam(8, 11));
        var again = await kit.SweepAsync(id, Vietnam(8, 11));

        Assert.Equal(["quiet.20230720.escalate"], late);
        Assert.Empty(again);
        Assert.Empty(await StagesAsync("SXD", taskId));
        Assert.Equal(["quiet.20230720.escalate"], await StagesAsync("VPUBND", taskId));
        Assert.DoesNotContain((await grain.GetAsync())!.History, h => h.Action == "quiet-reminded");
    }

    [Fact]
    public async Task Completing_the_task_stops_the_watch()
    {
        var (grain, taskId) = await kit.CreateAsync(Due);

        await grain.CompleteAsync("Đã trình hồ sơ.", Sxd);
        var swept = await kit.SweepAsync(TrackingIds.QuietWatchId(taskId), Vietnam(8, 11));

        Assert.Empty(swept);
        Assert.Null((await grain.GetAsync())!.QuietWatch!.NextCheckAt);
        Assert.Empty(await StagesAsync("SXD", taskId));
        Assert.Empty(await StagesAsync("VPUBND", taskId));
    }

    [Fact]
    public async Task A_regular_duty_has_no_watch()
    {
        var definition = TestNotices.Task() with { Timing = TaskTiming.Regular };
        var task = await fixture.Grains.GetGrain<IDirectiveTaskGrain>(definition.TaskId).CreateAsync(definition, Actor.System);

        Assert.Null(task.QuietWatch);
        Assert.Empty(await kit.PendingChecksAsync(TrackingIds.QuietWatchId(definition.TaskId)));
    }
}
