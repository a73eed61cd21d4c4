using Serverless.Grains.Storage;
using Xunit;
using Serverless.Tracking;

namespace Serverless.Grains.Tests;

[Collection(GrainClusterGroup.Name)]
public sealed class DirectiveTaskGrainTests(GrainClusterFixture fixture)
{
    private static readonly Actor Agency = new("sxd-user", "agency", "SXD");

    private async Task<IDirectiveTaskGrain> CreateAsync(params DateOnly[] dueDates)
    {
        var definition = TestNotices.Task(dueDates);
        var grain = fixture.Grains.GetGrain<IDirectiveTaskGrain>(definition.TaskId);
        await grain.CreateAsync(definition, Actor.System);
        return grain;
    }

    [Fact]
    public async Task Creating_a_task_schedules_one_deadline_per_due_date_and_lists_it_for_each_agency()
    {
        var grain = await CreateAsync(new DateOnly(2023, 8, 31), new DateOnly(2023, 12, 31));

        var task = (await grain.GetAsync())!;
        Assert.Equal(DirectiveTaskStatus.InProgress, task.Status);
        Assert.Equal([new DateOnly(2023, 8, 31), new DateOnly(2023, 12, 31)], task.Deadlines.Select(d => d.DueDate));
        Assert.Equal([new DateTimeOffset(2023, 8, 24, 8, 0, 0, TimeSpan.FromHours(7)), new DateTimeOffset(2023, 12, 24, 8, 0, 0, TimeSpan.FromHours(7))],
            task.Deadlines.Select(d => d.NextCheckAt!.Value));

        foreach (var agency in new[] { "SXD", "STC" })
        {
            var listed = await ListAllAsync(new TaskQuery(agency, null, null));
            Assert.Contains(listed, e => e.TaskId == task.Definition.TaskId && e.DueDate == new DateOnly(2023, 8, 31));
        }
    }

    [Fact]
    public async Task Creating_the_same_task_twice_changes_nothing()
    {
        var definition = TestNotices.Task(new DateOnly(2023, 8, 31));
        var grain = fixture.Grains.GetGrain<IDirectiveTaskGrain>(definition.TaskId);

        var first = await grain.CreateAsync(definition, Actor.System);
        var second = await grain.CreateAsync(definition with { Content = "khác" }, Actor.System);

        Assert.Equal(first.Definition.Content, second.Definition.Content);
        Assert.Single(second.History);
    }

    [Fact]
    public async Task A_progress_report_is_kept_with_its_author_in_the_history()
    {
        var grain = await CreateAsync(new DateOnly(2023, 8, 31));

        var result = await grain.ReportProgressAsync("Đã hoàn thành 60% khối lượng.", 60, Agency);

        Assert.True(result.Applied);
        var report = Assert.Single(result.Task!.Reports);
        Assert.Equal(60, report.PercentComplete);
        Assert.Equal(Agency, result.Task.History[^1].Actor);
        Assert.Equal("reported", result.Task.History[^1].Action);
    }

    [Fact]
    public async Task Concurrent_reports_on_one_task_all_land()
    {
        var grain = await CreateAsync(new DateOnly(2023, 8, 31));

        await Task.WhenAll(Enumerable.Range(1, 40).Select(i => grain.ReportProgressAsync($"Báo cáo số {i}", null, Agency)));

        var task = (await grain.GetAsync())!;
        Assert.Equal(40, task.Reports.Count);
        Assert.Equal(40, task.Reports.Select(r => r.Text).Distinct().Count());
    }

    [Fact]
    public async Task Completing_a_task_stops_its_ladders_and_records_the_Vietnamese_date()
    {
        var grain = await CreateAsync(new DateOnly(2023, 8, 31));

        var result = await grain.CompleteAsync("Đã trình UBND tỉnh.", Agency);

        Assert.True(result.Applied);
        Assert.Equal(DirectiveTaskStatus.Completed, result.Task!.Status);
        Assert.Equal(new DateOnly(2023, 7, 20), result.Task.CompletedOn);
        Assert.All(result.Task.Deadlines, d => Assert.True(d.Stopped));
        var listed = await ListAllAsync(new TaskQuery("SXD", DirectiveTaskStatus.Completed, null));
        Assert.Contains(listed, e => e.TaskId == result.Task.Definition.TaskId);
    }

    [Fact]
    public async Task A_completed_task_refuses_a_report_and_a_second_completion_and_stays_unchanged()
    {
        var grain = await CreateAsync(new DateOnly(2023, 8, 31));
        await grain.CompleteAsync(null, Agency);
        var before = (await grain.GetAsync())!;

        var report = await grain.ReportProgressAsync("Bổ sung", null, Agency);
        var again = await grain.CompleteAsync(null, Agency);
        var cancel = await grain.CancelAsync("Không cần nữa", Agency);

        Assert.False(report.Applied);
        Assert.False(again.Applied);
        Assert.False(cancel.Applied);
        var after = (await grain.GetAsync())!;
        Assert.Equal(before.History.Count, after.History.Count);
        Assert.Empty(after.Reports);
        Assert.Equal(DirectiveTaskStatus.Completed, after.Status);
    }

    [Fact]
    public async Task A_cancelled_task_cannot_be_completed()
    {
        var grain = await CreateAsync(new DateOnly(2023, 8, 31));
        await grain.CancelAsync("Nội dung đã được giao tại thông báo khác.", Actor.System);

        var result = await grain.CompleteAsync(null, Agency);

        Assert.False(result.Applied);
        Assert.Contains("hủy", result.RefusalReason, StringComparison.Ordinal);
        Assert.Equal(DirectiveTaskStatus.Cancelled, result.Task!.Status);
    }

    [Fact]
    public async Task An_unknown_task_reads_as_null()
    {
        Assert.Null(await fixture.Grains.GetGrain<IDirectiveTaskGrain>($"{TestNotices.NewNoticeId()}.1.1").GetAsync());
    }

    private async Task<List<TaskIndexEntry>> ListAllAsync(TaskQuery query)
    {
        var all = new List<TaskIndexEntry>();
        string? token = null;
        do
        {
            var page = await fixture.TaskIndex.QueryAsync(query, token, 200);
            all.AddRange(page.Items);
            token = page.ContinuationToken;
        }
        while (token is not null);
        return all;
    }
}
