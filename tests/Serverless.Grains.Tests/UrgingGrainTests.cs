using Xunit;
using static Serverless.Grains.Tests.FollowUpTestKit;

namespace Serverless.Grains.Tests;

[Collection(GrainClusterGroup.Name)]
public sealed class UrgingGrainTests(GrainClusterFixture fixture)
{
    private readonly FollowUpTestKit kit = new(fixture);

    [Fact]
    public async Task An_urging_goes_to_the_level_chosen_once_even_when_the_request_is_retried()
    {
        var (grain, taskId) = await kit.CreateAsync(new DateOnly(2023, 9, 30));

        var first = await grain.UrgeAsync("SXD", UrgingLevel.SupervisingOffice, "Hồ sơ chậm so với kế hoạch.", Leader, "req-1");
        var retried = await grain.UrgeAsync("SXD", UrgingLevel.SupervisingOffice, "Hồ sơ chậm so với kế hoạch.", Leader, "req-1");

        Assert.True(first.Applied, first.RefusalReason);
        Assert.True(retried.Applied);
        var sent = Assert.Single(await kit.InboxAsync("VPUBND", taskId));
        Assert.Equal(($"{taskId}.dd1", "urging", 2), (sent.Id, sent.Kind, sent.Level));
        Assert.Contains("Đôn đốc (Lãnh đạo)", sent.Message, StringComparison.Ordinal);
        Assert.Contains("Sở Xây dựng", sent.Message, StringComparison.Ordinal);
        Assert.Contains("Hồ sơ chậm so với kế hoạch.", sent.Message, StringComparison.Ordinal);
        Assert.Empty(await kit.InboxAsync("SXD", taskId));
        var task = (await grain.GetAsync())!;
        var urging = Assert.Single(task.Urgings!);
        Assert.Equal(("SXD", UrgingLevel.SupervisingOffice, "VPUBND"), (urging.Agency, urging.Level, urging.Recipient));
        Assert.Single(task.History, h => h.Action == "urged" && h.Actor == Leader);
    }

    [Fact]
    public async Task Urgings_reach_the_agency_itself_a_coordinating_agency_or_the_leadership_each_with_its_own_id()
    {
        var (grain, taskId) = await kit.CreateAsync(new DateOnly(2023, 9, 30));

        await grain.UrgeAsync("SXD", UrgingLevel.Agency, "Khẩn trương hoàn thiện.", Office);
        await grain.UrgeAsync("STC", UrgingLevel.Agency, "Phối hợp thẩm định.", Office);
        await grain.UrgeAsync("SXD", UrgingLevel.Leadership, "Chậm nhiều lần.", Office);

        var sxd = Assert.Single(await kit.InboxAsync("SXD", taskId));
        Assert.Equal(($"{taskId}.dd1", 1), (sxd.Id, sxd.Level));
        Assert.Contains("đề nghị Sở Xây dựng khẩn trương", sxd.Message, StringComparison.Ordinal);
        Assert.Equal($"{taskId}.dd2", Assert.Single(await kit.InboxAsync("STC", taskId)).Id);
        var leadership = Assert.Single(await kit.InboxAsync("LANHDAO", taskId));
        Assert.Equal(($"{taskId}.dd3", 3), (leadership.Id, leadership.Level));
        Assert.Equal(3, (await grain.GetAsync())!.History.Count(h => h.Action == "urged"));
    }

    [Fact]
    public async Task Urging_an_agency_not_on_the_task_or_a_finished_task_is_refused_and_sends_nothing()
    {
        var (grain, taskId) = await kit.CreateAsync(new DateOnly(2023, 9, 30));

        var stranger = await grain.UrgeAsync("SYT", UrgingLevel.Agency, "Không liên quan.", Leader);
        await grain.CompleteAsync(null, Sxd);
        var finished = await grain.UrgeAsync("SXD", UrgingLevel.Agency, "Đã xong rồi.", Leader);

        Assert.Equal("agency", stranger.RefusalField);
        Assert.Contains("không chủ trì hay phối hợp", stranger.RefusalReason, StringComparison.Ordinal);
        Assert.False(finished.Applied);
        var task = (await grain.GetAsync())!;
        Assert.Empty(task.Urgings!);
        Assert.DoesNotContain(task.History, h => h.Action == "urged");
        Assert.Empty(await kit.InboxAsync("SYT", taskId));
        Assert.Empty(await kit.InboxAsync("SXD", taskId));
    }
}
