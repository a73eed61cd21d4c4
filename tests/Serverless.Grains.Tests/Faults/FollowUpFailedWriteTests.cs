using Serverless.Grains.Storage;
using Serverless.Tracking;
using Xunit;
using static Serverless.Grains.Tests.FollowUpTestKit;

namespace Serverless.Grains.Tests.Faults;

/// <summary>
/// Giải trình and đôn đốc while the tasks' storage refuses writes: nothing is delivered or listed, the grain still
/// answers what storage holds, and the retry delivers once. Own cluster, like the other fault tests.
/// </summary>
public sealed class FollowUpFailedWriteTests(GrainClusterFixture fixture) : IClassFixture<GrainClusterFixture>
{
    private readonly FollowUpTestKit kit = new(fixture);

    [Fact]
    public async Task An_explanation_request_whose_write_failed_sends_and_lists_nothing_and_its_retry_sends_it_once()
    {
        var (grain, taskId) = await kit.CreateAsync(PastDue);
        fixture.Outage.Start("task");
        try
        {
            await Assert.ThrowsAnyAsync<Exception>(() => grain.RequestExplanationAsync(null, "Đề nghị giải trình.", Leader));
            Assert.Empty((await grain.GetAsync())!.Explanations!);
        }
        finally
        {
            fixture.Outage.Stop();
        }
        Assert.Empty(await kit.InboxAsync("SXD", taskId));
        Assert.DoesNotContain((await new ExplanationBoard(fixture.Tables).ListOpenAsync("SXD", null, 200)).Items, e => e.TaskId == taskId);
        Assert.Empty(await kit.PendingChecksAsync(TrackingIds.ExplanationId(taskId, 1)));

        var retried = await grain.RequestExplanationAsync(null, "Đề nghị giải trình.", Leader);
        await fixture.DeactivateAllAsync();

        Assert.True(retried.Applied, retried.RefusalReason);
        Assert.Equal("gt1", Assert.Single((await grain.GetAsync())!.Explanations!).RequestId);
        Assert.Equal([$"{taskId}.gt1.request"], (await kit.InboxAsync("SXD", taskId)).Select(n => n.Id));
        Assert.Single(await kit.PendingChecksAsync(TrackingIds.ExplanationId(taskId, 1)));
    }

    [Fact]
    public async Task An_urging_whose_write_failed_sends_nothing_and_its_retry_sends_it_once()
    {
        var (grain, taskId) = await kit.CreateAsync(new DateOnly(2023, 9, 30));
        fixture.Outage.Start("task");
        try
        {
            await Assert.ThrowsAnyAsync<Exception>(() => grain.UrgeAsync("SXD", UrgingLevel.Leadership, "Chậm tiến độ.", Office, "u-1"));
            Assert.Empty((await grain.GetAsync())!.Urgings!);
        }
        finally
        {
            fixture.Outage.Stop();
        }
        Assert.Empty(await kit.InboxAsync("LANHDAO", taskId));

        await grain.UrgeAsync("SXD", UrgingLevel.Leadership, "Chậm tiến độ.", Office, "u-1");
        await grain.UrgeAsync("SXD", UrgingLevel.Leadership, "Chậm tiến độ.", Office, "u-1");
        await fixture.DeactivateAllAsync();

        Assert.Single((await grain.GetAsync())!.Urgings!);
        Assert.Equal([$"{taskId}.dd1"], (await kit.InboxAsync("LANHDAO", taskId)).Select(n => n.Id));
    }
}
