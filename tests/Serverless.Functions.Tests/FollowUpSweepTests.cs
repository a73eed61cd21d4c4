using System.Net;
using System.Text.Json.Nodes;
using Xunit;

namespace Serverless.Functions.Tests;

/// <summary>
/// Giải trình reminders and quiet-progress reminders through the real sweep. Each test moves the clock, so each gets
/// its own LocalHost and Azurite. The tasks are imported on Thursday 20/7/2023, due 10/7/2023 (already overdue).
/// </summary>
public sealed class FollowUpSweepTests : IAsyncLifetime
{
    private readonly LocalHostFixture host = new();
    private readonly string noticeId = SampleNotices.NewId();

    private string TaskId => $"{noticeId}.3.1";

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        await host.Office.PostJsonAsync("/api/notices", SampleNotices.Valid(noticeId, "2023-07-10"));
    }

    public Task DisposeAsync() => host.DisposeAsync();

    private async Task<List<(string Kind, string Stage)>> InboxAsync(string agency, string prefix)
    {
        var response = await host.Leader.GetAsync($"/api/agencies/{agency}/notifications?pageSize=200");
        return response.Body!["items"]!.AsArray()
            .Where(n => (string?)n!["taskId"] == TaskId && ((string)n["kind"]!).StartsWith(prefix, StringComparison.Ordinal))
            .Select(n => ((string)n!["kind"]!, (string)n["stage"]!))
            .ToList();
    }

    [Fact]
    public async Task An_unanswered_explanation_request_is_reminded_by_the_sweep_once_and_escalated_without_backlog()
    {
        Assert.Equal(HttpStatusCode.OK, (await host.Leader.PostJsonAsync($"/api/tasks/{TaskId}/explanations", new { reason = "Đề nghị giải trình." })).Status);

        host.SetVietnamTime(2023, 7, 24);
        await host.SweepAsync();
        var second = await host.SweepAsync();
        // Down from 24/7 to 31/7: due-today (25/7) and the office's escalation (26/7) passed meanwhile.
        host.SetVietnamTime(2023, 7, 31);
        await host.SweepAsync();

        Assert.Equal(0, second.Notified);
        Assert.Equal([("explanation-reminder", "gt1.remind-1d"), ("explanation-request", "gt1.request")], await InboxAsync("SXD", "explanation"));
        Assert.Empty(await InboxAsync("VPUBND", "explanation"));
        Assert.Equal([("explanation-escalation", "gt1.overdue-3d")], await InboxAsync("LANHDAO", "explanation"));
        var item = Assert.Single((await host.Leader.GetAsync("/api/explanations")).Body!["items"]!.AsArray());
        Assert.True((bool)item!["answerOverdue"]!);
    }

    [Fact]
    public async Task A_quiet_lead_agency_is_reminded_by_the_sweep_and_after_a_week_long_outage_only_the_escalation_goes()
    {
        host.SetVietnamTime(2023, 8, 3);
        await host.SweepAsync();
        var twice = await host.SweepAsync();
        Assert.Equal([("progress-reminder", "quiet.20230720.remind")], await InboxAsync("SXD", "progress"));

        // A report on 4/8 starts the count again (quiet on 18/8, escalation on 25/8); the system is then down until 28/8.
        host.SetVietnamTime(2023, 8, 4);
        Assert.Equal(HttpStatusCode.OK, (await host.Sxd.PostJsonAsync($"/api/tasks/{TaskId}/reports", new { text = "Đã rà soát 30 công trình." })).Status);
        host.SetVietnamTime(2023, 8, 28);
        await host.SweepAsync();
        var after = await host.SweepAsync();

        Assert.Equal(0, twice.Notified);
        Assert.Equal(0, after.Notified);
        Assert.Equal([("progress-reminder", "quiet.20230720.remind")], await InboxAsync("SXD", "progress"));
        Assert.Equal([("progress-escalation", "quiet.20230804.escalate")], await InboxAsync("VPUBND", "progress"));
        var watch = (await host.Leader.GetAsync($"/api/tasks/{TaskId}")).Body!["quietProgress"]!;
        Assert.Equal("2023-08-04", (string?)watch["quietSince"]);
        Assert.Equal("2023-08-18", (string?)watch["quietOn"]);
    }
}
