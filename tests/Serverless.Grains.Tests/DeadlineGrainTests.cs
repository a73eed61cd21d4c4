using Serverless.Tracking;
using Serverless.Grains.Storage;
using Xunit;

namespace Serverless.Grains.Tests;

[Collection(GrainClusterGroup.Name)]
public sealed class DeadlineGrainTests(GrainClusterFixture fixture)
{
    private static readonly DateOnly Due = new(2023, 9, 30);

    private static DateTimeOffset Vietnam(int month, int day, int hour = 9) => new(2023, month, day, hour, 0, 0, TimeSpan.FromHours(7));

    private async Task<(IDeadlineGrain Grain, string Id)> ScheduleAsync()
    {
        var id = TrackingIds.DeadlineId($"{TestNotices.NewNoticeId()}.1.1", 1);
        var grain = fixture.Grains.GetGrain<IDeadlineGrain>(id);
        await grain.ScheduleAsync(new DeadlineDefinition(id[..^3], Due, "Hoàn thiện hồ sơ", "45/TB-UBND", "Sở Xây dựng",
            fixture.Agencies.RecipientsFor("SXD"), DefaultLadder.Create()));
        return (grain, id);
    }

    private async Task<List<Notification>> InboxAsync(string recipient, string deadlineId) =>
        (await fixture.InboxAsync(recipient)).Where(n => n.Id.StartsWith(deadlineId, StringComparison.Ordinal)).ToList();

    [Fact]
    public async Task A_check_sends_the_current_stage_once_even_when_repeated()
    {
        var (grain, id) = await ScheduleAsync();

        var first = await grain.CheckAsync(Vietnam(9, 23));
        var second = await grain.CheckAsync(Vietnam(9, 23));

        Assert.Equal("remind-7d", first.NotifiedStage);
        Assert.Null(second.NotifiedStage);
        Assert.Equal(Vietnam(9, 27, 8), first.NextCheckAt);
        var inbox = await InboxAsync("SXD", id);
        var notification = Assert.Single(inbox);
        Assert.Equal($"{id}.remind-7d", notification.Id);
        Assert.Contains("còn 7 ngày", notification.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_long_outage_only_the_current_stage_is_sent_and_the_missed_ones_are_skipped()
    {
        var (grain, id) = await ScheduleAsync();

        var result = await grain.CheckAsync(Vietnam(10, 9));

        Assert.Equal("overdue-7d", result.NotifiedStage);
        Assert.Equal(["remind-7d", "remind-3d", "remind-1d", "due-today", "overdue-1d", "overdue-3d"], result.SkippedStages);
        var sent = Assert.Single(await InboxAsync("LANHDAO", id));
        Assert.Equal(3, sent.Level);
        Assert.Empty(await InboxAsync("SXD", id));
        Assert.Empty(await InboxAsync("VPUBND", id));
    }

    [Fact]
    public async Task A_late_escalation_states_the_days_overdue_on_the_Vietnamese_date_of_sending_not_the_stage_offset()
    {
        var (grain, id) = await ScheduleAsync();

        // 18:30 UTC on 8/10 is 01:30 on 9/10 in Vietnam: nine days past 30/9, while the stage in force is overdue-7d.
        var result = await grain.CheckAsync(new DateTimeOffset(2023, 10, 8, 18, 30, 0, TimeSpan.Zero));

        Assert.Equal("overdue-7d", result.NotifiedStage);
        var sent = Assert.Single(await InboxAsync("LANHDAO", id));
        Assert.Contains("quá hạn 9 ngày (hạn 30/09/2023)", sent.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_late_reminder_states_the_days_left_as_of_sending()
    {
        var (grain, id) = await ScheduleAsync();

        var result = await grain.CheckAsync(Vietnam(9, 25));

        Assert.Equal("remind-7d", result.NotifiedStage);
        Assert.Contains("còn 5 ngày", Assert.Single(await InboxAsync("SXD", id)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Escalation_levels_reach_the_lead_agency_the_office_and_the_leadership()
    {
        var (grain, id) = await ScheduleAsync();

        await grain.CheckAsync(Vietnam(10, 1));
        await grain.CheckAsync(Vietnam(10, 3));
        await grain.CheckAsync(Vietnam(10, 7));

        Assert.Equal("overdue-1d", Assert.Single(await InboxAsync("SXD", id)).Stage);
        Assert.Equal("overdue-3d", Assert.Single(await InboxAsync("VPUBND", id)).Stage);
        Assert.Equal("overdue-7d", Assert.Single(await InboxAsync("LANHDAO", id)).Stage);
    }

    [Fact]
    public async Task A_stopped_deadline_sends_nothing_more()
    {
        var (grain, id) = await ScheduleAsync();
        await grain.StopAsync();

        var result = await grain.CheckAsync(Vietnam(10, 20));

        Assert.Null(result.NotifiedStage);
        Assert.Null(result.NextCheckAt);
        Assert.Empty(await InboxAsync("LANHDAO", id));
        Assert.True((await grain.GetAsync())!.Stopped);
    }
}
