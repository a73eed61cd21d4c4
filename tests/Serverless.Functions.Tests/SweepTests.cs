using System.Text.Json.Nodes;
using Xunit;

namespace Serverless.Functions.Tests;

/// <summary>Each test gets its own LocalHost and Azurite because each moves the clock its own way.</summary>
public sealed class SweepTests : IAsyncLifetime
{
    private readonly LocalHostFixture host = new();
    private readonly string noticeId = SampleNotices.NewId();

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        // One task led by SXD, due 31/8/2023.
        await host.Office.PostJsonAsync("/api/notices", SampleNotices.Valid(noticeId));
    }

    public Task DisposeAsync() => host.DisposeAsync();

    private async Task<List<string>> InboxStagesAsync(string agency)
    {
        var response = await host.Leader.GetAsync($"/api/agencies/{agency}/notifications?pageSize=200");
        return response.Body!["items"]!.AsArray()
            // The deadline ladder's own notifications: the task's quiet-progress watch writes to the same inboxes.
            .Where(n => (string?)n!["taskId"] == $"{noticeId}.3.1" && (string?)n["kind"] is "reminder" or "escalation")
            .Select(n => (string)n!["stage"]!)
            .ToList();
    }

    [Fact]
    public async Task The_whole_ladder_runs_in_order_across_the_three_levels()
    {
        int[] days = [24, 28, 30, 31];
        foreach (var day in days)
        {
            host.SetVietnamTime(2023, 8, day);
            await host.SweepAsync();
        }
        foreach (var (month, day) in new[] { (9, 1), (9, 3), (9, 7), (9, 14) })
        {
            host.SetVietnamTime(2023, month, day);
            await host.SweepAsync();
        }

        // Newest first in the inbox.
        Assert.Equal(["overdue-1d", "due-today", "remind-1d", "remind-3d", "remind-7d"], await InboxStagesAsync("SXD"));
        Assert.Equal(["overdue-3d"], await InboxStagesAsync("VPUBND"));
        Assert.Equal(["overdue-14d", "overdue-7d"], await InboxStagesAsync("LANHDAO"));
        var inbox = await host.Leader.GetAsync("/api/agencies/SXD/notifications");
        var newest = inbox.Body!["items"]![0]!;
        Assert.Equal("escalation", (string?)newest["kind"]);
        Assert.Contains("quá hạn 1 ngày", (string?)newest["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sweep_run_twice_sends_nothing_twice()
    {
        host.SetVietnamTime(2023, 8, 24);

        var first = await host.SweepAsync();
        var second = await host.SweepAsync();

        Assert.True(first.Notified >= 2);
        Assert.Equal(0, second.Notified);
        Assert.Equal(["remind-7d"], await InboxStagesAsync("SXD"));
    }

    [Fact]
    public async Task After_a_week_long_outage_only_the_current_stage_is_sent()
    {
        host.SetVietnamTime(2023, 8, 24);
        await host.SweepAsync();

        // The system is down from 24/8 to 8/9: the ladder passed remind-3d ... overdue-7d meanwhile.
        host.SetVietnamTime(2023, 9, 8);
        var result = await host.SweepAsync();

        Assert.Equal(0, result.Failed);
        Assert.Equal(["remind-7d"], await InboxStagesAsync("SXD"));
        Assert.Empty(await InboxStagesAsync("VPUBND"));
        Assert.Equal(["overdue-7d"], await InboxStagesAsync("LANHDAO"));
        var task = await host.Leader.GetAsync($"/api/tasks/{noticeId}.3.1");
        Assert.Equal(new JsonArray("remind-7d", "overdue-7d").ToJsonString(), task.Body!["deadlines"]![0]!["stagesSent"]!.ToJsonString());
    }

    [Fact]
    public async Task The_task_shows_its_skipped_and_sent_stages_per_revision_its_days_overdue_and_the_notifications_in_its_history()
    {
        var taskPath = $"/api/tasks/{noticeId}.3.1";
        // Down from before the first reminder until 9/9: nine days overdue, overdue-7d is the stage in force.
        host.SetVietnamTime(2023, 9, 9);
        await host.SweepAsync();
        var late = await host.Leader.GetAsync(taskPath);

        await host.Sxd.PostJsonAsync($"{taskPath}/extensions", new { requestedDueDate = "2023-10-15", reason = "Chờ số liệu." });
        await host.Leader.PostJsonAsync($"{taskPath}/extensions/e1/decision", new { approve = true });
        host.SetVietnamTime(2023, 10, 8);
        await host.SweepAsync();
        var extended = await host.Leader.GetAsync(taskPath);

        Assert.Equal(9, (int?)late.Body!["daysOverdue"]);
        var first = late.Body["deadlines"]![0]!["revisions"]!.AsArray().Single()!;
        Assert.Equal("2023-08-31", (string?)first["dueDate"]);
        Assert.Equal(["overdue-7d"], first["stagesSent"]!.AsArray().Select(x => (string)x!));
        Assert.Equal(["remind-7d", "remind-3d", "remind-1d", "due-today", "overdue-1d", "overdue-3d"], first["stagesSkipped"]!.AsArray().Select(x => (string)x!));
        var history = late.Body["history"]!.AsArray();
        Assert.Contains(history, h => (string?)h!["action"] == "notification-sent" && ((string)h["detail"]!).Contains("overdue-7d", StringComparison.Ordinal));
        Assert.Contains(history, h => (string?)h!["action"] == "stages-skipped" && ((string)h["detail"]!).Contains("overdue-3d", StringComparison.Ordinal));

        Assert.Null((int?)extended.Body!["daysOverdue"]);
        var revisions = extended.Body["deadlines"]![0]!["revisions"]!.AsArray();
        Assert.Equal([0, 1], revisions.Select(r => (int)r!["revision"]!));
        Assert.Equal(["overdue-7d"], revisions[0]!["stagesSent"]!.AsArray().Select(x => (string)x!));
        Assert.Equal("2023-10-15", (string?)revisions[1]!["dueDate"]);
        Assert.Equal(["r1.remind-7d"], revisions[1]!["stagesSent"]!.AsArray().Select(x => (string)x!));
        Assert.Empty(revisions[1]!["stagesSkipped"]!.AsArray());
    }

    [Fact]
    public async Task A_completed_task_gets_nothing_more()
    {
        host.SetVietnamTime(2023, 8, 24);
        await host.SweepAsync();
        await host.Sxd.PostJsonAsync($"/api/tasks/{noticeId}.3.1/complete", new { });

        foreach (var (month, day) in new[] { (8, 28), (8, 31), (9, 1), (9, 7), (9, 30) })
        {
            host.SetVietnamTime(2023, month, day);
            await host.SweepAsync();
        }

        Assert.Equal(["remind-7d"], await InboxStagesAsync("SXD"));
        Assert.Empty(await InboxStagesAsync("LANHDAO"));
    }
}
