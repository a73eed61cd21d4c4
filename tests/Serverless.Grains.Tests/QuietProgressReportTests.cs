using Serverless.Tracking;
using Xunit;
using static Serverless.Grains.Tests.FollowUpTestKit;

namespace Serverless.Grains.Tests;

/// <summary>Reports are dated by the product's clock, which this test moves: it gets its own cluster and Azurite.</summary>
public sealed class QuietProgressReportTests : IAsyncLifetime
{
    private readonly GrainClusterFixture fixture = new();

    public Task InitializeAsync() => fixture.InitializeAsync();

    public Task DisposeAsync() => fixture.DisposeAsync();

    [Fact]
    public async Task A_report_from_the_lead_agency_starts_the_count_again_but_one_from_a_coordinating_agency_does_not()
    {
        var kit = new FollowUpTestKit(fixture);
        var (grain, taskId) = await kit.CreateAsync(new DateOnly(2023, 12, 29));
        var id = TrackingIds.QuietWatchId(taskId);

        fixture.Time.SetUtcNow(Vietnam(8, 1));
        await grain.ReportProgressAsync("Sở Tài chính đã góp ý.", null, Stc);
        var afterCoordinating = (await grain.GetAsync())!.QuietWatch!;
        fixture.Time.SetUtcNow(Vietnam(8, 2));
        await grain.ReportProgressAsync("Đã hoàn thiện 60% hồ sơ.", 60, Sxd);

        var onOldDay = await kit.SweepAsync(id, Vietnam(8, 3));
        // 2/8 + 10 working days = Wednesday 16/8/2023.
        var onNewDay = await kit.SweepAsync(id, Vietnam(8, 16));

        Assert.Equal(new DateOnly(2023, 7, 20), afterCoordinating.QuietSince);
        Assert.Empty(onOldDay);
        Assert.Equal(["quiet.20230802.remind"], onNewDay);
        Assert.Equal(new DateOnly(2023, 8, 2), (await grain.GetAsync())!.QuietWatch!.QuietSince);
        Assert.Equal([$"{taskId}.quiet.20230802.remind"], (await kit.InboxAsync("SXD", taskId)).Select(n => n.Id));
    }
}
