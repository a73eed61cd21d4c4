using System.Net;
using System.Text.Json.Nodes;
using Xunit;

namespace Serverless.Functions.Tests;

/// <summary>The overdue count per week (GET /api/statistics/overdue-by-week), on a host of its own because the test moves the clock.</summary>
public sealed class OverdueByWeekApiTests : IAsyncLifetime
{
    private readonly LocalHostFixture host = new();

    public Task InitializeAsync() => host.InitializeAsync();

    public Task DisposeAsync() => host.DisposeAsync();

    private static int[] Overdue(JsonNode body) => body["weeks"]!.AsArray().Select(w => (int)w!["overdue"]!).ToArray();

    [Fact]
    public async Task Each_week_counts_the_tasks_overdue_at_its_end_including_those_completed_late_afterwards()
    {
        // Thursday 20/7/2023. Notice A is due Monday 24/7, notice B Wednesday 2/8 (SNNMT and SXD dated, CAT undated).
        var a = SampleNotices.NewId();
        var b = SampleNotices.NewId();
        Assert.Equal(HttpStatusCode.Created, (await host.Office.PostJsonAsync("/api/notices", SampleNotices.Valid(a, due: "2023-07-24"))).Status);
        Assert.Equal(HttpStatusCode.Created, (await host.Office.PostJsonAsync("/api/notices", SampleNotices.Valid(b, due: "2023-08-02"))).Status);

        // Wednesday 9/8: SXD completes A's task late today; B's SNNMT task is withdrawn (a cancelled task counts nowhere).
        host.SetVietnamTime(2023, 8, 9);
        Assert.Equal(HttpStatusCode.OK, (await host.Sxd.PostJsonAsync($"/api/tasks/{a}.3.1/complete", new { })).Status);
        Assert.Equal(HttpStatusCode.OK, (await host.Leader.PostJsonAsync($"/api/tasks/{b}.2.1/cancel", new { reason = "Trùng nhiệm vụ." })).Status);

        var all = await host.Leader.GetAsync("/api/statistics/overdue-by-week?weeks=4");

        Assert.Equal(HttpStatusCode.OK, all.Status);
        Assert.Equal("2023-08-09", (string?)all.Body!["asOf"]);
        var weeks = all.Body["weeks"]!.AsArray();
        Assert.Equal(["2023-07-17", "2023-07-24", "2023-07-31", "2023-08-07"], weeks.Select(w => (string)w!["from"]!));
        Assert.Equal(["2023-07-23", "2023-07-30", "2023-08-06", "2023-08-13"], weeks.Select(w => (string)w!["to"]!));
        // The week in progress is counted as of today.
        Assert.Equal(["2023-07-23", "2023-07-30", "2023-08-06", "2023-08-09"], weeks.Select(w => (string)w!["countedOn"]!));
        // 23/7: nothing due yet. 30/7: A's SNNMT and SXD tasks (SXD's was still open then). 6/8: also B's SXD task.
        // Today: A's SNNMT and B's SXD tasks; A's SXD task was completed today.
        Assert.Equal(new[] { 0, 2, 3, 2 }, Overdue(all.Body));

        // The week in progress agrees with the statistics of today.
        var statistics = await host.Leader.GetAsync("/api/statistics");
        Assert.Equal(2, statistics.Body!["agencies"]!.AsArray().Sum(r => (int)r!["inProgressOverdue"]!));

        var sxd = await host.Leader.GetAsync("/api/statistics/overdue-by-week?weeks=4&agency=SXD");
        var snnmt = await host.Office.GetAsync("/api/statistics/overdue-by-week?weeks=4&agency=SNNMT");
        // An agency sees its own figures without naming itself.
        var own = await host.Sxd.GetAsync("/api/statistics/overdue-by-week?weeks=4");
        Assert.Equal(new[] { 0, 1, 2, 1 }, Overdue(sxd.Body!));
        Assert.Equal(new[] { 0, 1, 1, 1 }, Overdue(snnmt.Body!));
        Assert.Equal(new[] { 0, 1, 2, 1 }, Overdue(own.Body!));
        Assert.Equal(12, (await host.Leader.GetAsync("/api/statistics/overdue-by-week")).Body!["weeks"]!.AsArray().Count);
    }

    [Fact]
    public async Task Only_leaders_the_office_and_agencies_for_themselves_may_read_it()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Anonymous.GetAsync("/api/statistics/overdue-by-week")).Status);
        var operatorCall = await host.As("operator").GetAsync("/api/statistics/overdue-by-week");
        Assert.Equal(HttpStatusCode.Forbidden, operatorCall.Status);
        Assert.Equal("application/problem+json", operatorCall.MediaType);
        // Another agency's figures do not exist for an agency, exactly like an agency that does not exist.
        Assert.Equal(HttpStatusCode.NotFound, (await host.Sxd.GetAsync("/api/statistics/overdue-by-week?agency=SNNMT")).Status);
        Assert.Equal(HttpStatusCode.OK, (await host.Office.GetAsync("/api/statistics/overdue-by-week")).Status);
    }

    [Theory]
    [InlineData("weeks=0", "weeks")]
    [InlineData("weeks=53", "weeks")]
    [InlineData("weeks=abc", "weeks")]
    [InlineData("weeks=-1", "weeks")]
    [InlineData("agency=KHONGCO", "agency")]
    public async Task Bad_input_is_refused_naming_the_field(string query, string field)
    {
        var response = await host.Leader.GetAsync($"/api/statistics/overdue-by-week?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("application/problem+json", response.MediaType);
        Assert.Equal([field], response.ProblemFields);
    }
}
