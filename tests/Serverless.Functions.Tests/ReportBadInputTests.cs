using System.Net;
using Xunit;

namespace Serverless.Functions.Tests;

/// <summary>Bad report requests on the shared host (today is 20/7/2023, so 2024's periods have not begun).</summary>
[Collection(LocalHostGroup.Name)]
public sealed class ReportBadInputTests(LocalHostFixture fixture)
{
    [Theory]
    [InlineData("from=2026-03-14&to=2026-02-15", "from")]
    [InlineData("from=2006-01-01&to=2025-12-31", "to")]
    [InlineData("from=2026-02-15", "to")]
    [InlineData("from=15/02/2026&to=2026-03-14", "from")]
    [InlineData("period=2026-13", "period")]
    [InlineData("period=2026-03&from=2026-02-15&to=2026-03-14", "period")]
    [InlineData("", "period")]
    [InlineData("period=2026-03&agency=KHONGCO", "agency")]
    [InlineData("period=2026-03&noticeId=a%20b", "noticeId")]
    [InlineData("period=2026-03&format=pdf", "format")]
    [InlineData("period=2026-03&format=csv&sheet=all", "sheet")]
    [InlineData("period=2024-01", "period")]
    public async Task Bad_report_requests_answer_a_problem_naming_the_field(string query, string field)
    {
        var response = await fixture.Leader.GetAsync($"/api/reports/periodic?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("application/problem+json", response.MediaType);
        Assert.Contains(field, response.ProblemFields);
    }
}
