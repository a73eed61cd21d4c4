using System.Net;
using System.Text.Json.Nodes;
using Xunit;

namespace Serverless.Functions.Tests;

/// <summary>Statistics from the agencies' counters, on a host of its own because the test moves the clock.</summary>
public sealed class StatisticsOverTimeTests : IAsyncLifetime
{
    private readonly LocalHostFixture host = new();

    public Task InitializeAsync() => host.InitializeAsync();

    public Task DisposeAsync() => host.DisposeAsync();

    private async Task<JsonNode> RowAsync(string query, string code)
    {
        var response = await host.Leader.GetAsync($"/api/statistics{query}");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        return response.Body!["agencies"]!.AsArray().Single(r => (string?)r!["code"] == code)!;
    }

    [Fact]
    public async Task Without_a_notice_the_figures_cover_every_notice_and_turn_overdue_when_the_date_passes_with_no_write()
    {
        // Today is 20/7/2023: both notices are due on 31/7 (SNNMT and SXD dated, CAT undated).
        var first = SampleNotices.NewId();
        var second = SampleNotices.NewId();
        await host.Office.PostJsonAsync("/api/notices", SampleNotices.Valid(first, due: "2023-07-31"));
        await host.Office.PostJsonAsync("/api/notices", SampleNotices.Valid(second, due: "2023-08-31"));

        var sxd = await RowAsync("", "SXD");
        Assert.Equal((2, 2, 0), ((int)sxd["total"]!, (int)sxd["inProgressOnTime"]!, (int)sxd["inProgressOverdue"]!));

        host.SetVietnamTime(2023, 8, 1);
        var response = await host.Leader.GetAsync("/api/statistics");
        Assert.Equal("2023-08-01", (string?)response.Body!["asOf"]);
        sxd = await RowAsync("", "SXD");
        Assert.Equal((1, 1, 1), ((int)sxd["inProgressOnTime"]!, (int)sxd["inProgressOverdue"]!, (int)sxd["maxDaysOverdue"]!));
        var cat = await RowAsync("", "CAT");
        Assert.Equal((2, 0), ((int)cat["inProgressOnTime"]!, (int)cat["inProgressOverdue"]!));

        // Filters: one agency, and a due-date period (tasks without a date fall outside any period).
        var only = await host.Leader.GetAsync("/api/statistics?agency=SXD");
        Assert.Equal(["SXD"], only.Body!["agencies"]!.AsArray().Select(r => (string)r!["code"]!));
        var july = await host.Leader.GetAsync("/api/statistics?from=2023-07-01&to=2023-07-31");
        Assert.Equal(["SNNMT", "SXD"], july.Body!["agencies"]!.AsArray().Select(r => (string)r!["code"]!));
        Assert.All(july.Body["agencies"]!.AsArray(), r => Assert.Equal(1, (int)r!["inProgressOverdue"]!));

        // Completing late moves the task out of "overdue" into "completed late".
        await host.Sxd.PostJsonAsync($"/api/tasks/{first}.3.1/complete", new { });
        sxd = await RowAsync("", "SXD");
        Assert.Equal((0, 1, 1), ((int)sxd["inProgressOverdue"]!, (int)sxd["completedLate"]!, (int)sxd["inProgressOnTime"]!));
    }
}
