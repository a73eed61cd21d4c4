using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace Serverless.Functions.Tests;

[Collection(LocalHostGroup.Name)]
public sealed class BadInputTests(LocalHostFixture fixture)
{
    private ApiClient Api => fixture.Office;

    private static JsonObject NoticeJson(string id) => JsonNode.Parse(JsonSerializer.Serialize(SampleNotices.Valid(id)))!.AsObject();

    private async Task AssertRefusedAndNothingWrittenAsync(string id, ApiResponse response, HttpStatusCode status, string field)
    {
        Assert.Equal(status, response.Status);
        Assert.Equal("application/problem+json", response.MediaType);
        Assert.Equal((int)status, (int?)response.Body!["status"]);
        Assert.False(string.IsNullOrEmpty((string?)response.Body["title"]));
        Assert.Contains(field, response.ProblemFields);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Leader.GetAsync($"/api/notices/{id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Leader.GetAsync($"/api/tasks/{id}.2.1")).Status);
    }

    [Fact]
    public async Task Malformed_json_is_refused_naming_the_body()
    {
        var response = await Api.PostRawAsync("/api/notices", "{\"id\": \"x\", \"directives\": [");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("application/problem+json", response.MediaType);
        Assert.NotEmpty(response.ProblemFields);
    }

    [Fact]
    public async Task A_missing_field_is_refused_naming_it()
    {
        var id = SampleNotices.NewId();
        var json = NoticeJson(id);
        json.Remove("title");

        await AssertRefusedAndNothingWrittenAsync(id, await Api.PostRawAsync("/api/notices", json.ToJsonString()), HttpStatusCode.BadRequest, "title");
    }

    [Fact]
    public async Task A_wrong_typed_field_is_refused_naming_it()
    {
        var id = SampleNotices.NewId();
        var json = NoticeJson(id);
        json["directives"]![1]!["number"] = "hai";

        await AssertRefusedAndNothingWrittenAsync(id, await Api.PostRawAsync("/api/notices", json.ToJsonString()), HttpStatusCode.BadRequest, "directives[1].number");
    }

    [Fact]
    public async Task An_unknown_agency_code_is_refused_naming_the_field()
    {
        var id = SampleNotices.NewId();
        var json = NoticeJson(id);
        json["directives"]![1]!["tasks"]![0]!["leadAgency"] = "SO-KHONG-CO";

        await AssertRefusedAndNothingWrittenAsync(id, await Api.PostRawAsync("/api/notices", json.ToJsonString()), HttpStatusCode.BadRequest, "directives[1].tasks[0].leadAgency");
    }

    [Fact]
    public async Task An_impossible_date_is_refused_naming_the_field()
    {
        var id = SampleNotices.NewId();
        var json = NoticeJson(id);
        json["directives"]![2]!["tasks"]![0]!["deadlines"] = new JsonArray("2023-02-30");

        await AssertRefusedAndNothingWrittenAsync(id, await Api.PostRawAsync("/api/notices", json.ToJsonString()), HttpStatusCode.BadRequest, "directives[2].tasks[0].deadlines[0]");
    }

    [Fact]
    public async Task An_unknown_field_is_refused_naming_it()
    {
        var id = SampleNotices.NewId();
        var json = NoticeJson(id);
        json["priority"] = "cao";

        var response = await Api.PostRawAsync("/api/notices", json.ToJsonString());

        await AssertRefusedAndNothingWrittenAsync(id, response, HttpStatusCode.BadRequest, "priority");
    }

    [Fact]
    public async Task A_two_megabyte_body_is_refused_with_413()
    {
        var id = SampleNotices.NewId();
        var json = NoticeJson(id);
        json["title"] = new string('a', 2 * 1024 * 1024);

        await AssertRefusedAndNothingWrittenAsync(id, await Api.PostRawAsync("/api/notices", json.ToJsonString()), HttpStatusCode.RequestEntityTooLarge, "body");
    }

    [Fact]
    public async Task Invalid_utf8_is_refused()
    {
        var response = await Api.PostBytesAsync("/api/notices", [0x7B, 0x22, 0xC3, 0x28, 0x22, 0x7D]);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("body", response.ProblemFields);
    }

    [Fact]
    public async Task An_unknown_task_answers_404_with_a_problem()
    {
        var response = await fixture.Leader.GetAsync($"/api/tasks/{SampleNotices.NewId()}.1.1");
        var report = await fixture.Sxd.PostJsonAsync($"/api/tasks/{SampleNotices.NewId()}.1.1/reports", new { text = "x" });

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Equal("application/problem+json", response.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, report.Status);
    }

    [Fact]
    public async Task A_task_id_of_the_wrong_shape_is_refused_naming_it()
    {
        var response = await fixture.Leader.GetAsync("/api/tasks/abc%23def");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("taskId", response.ProblemFields);
    }

    [Fact]
    public async Task A_report_with_a_percentage_over_100_is_refused_and_not_recorded()
    {
        var id = SampleNotices.NewId();
        await Api.PostJsonAsync("/api/notices", SampleNotices.Valid(id));

        var response = await fixture.As("agency", "SNNMT").PostJsonAsync($"/api/tasks/{id}.2.1/reports", new { text = "Xong", percentComplete = 150 });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("percentComplete", response.ProblemFields);
        Assert.Empty((await fixture.Leader.GetAsync($"/api/tasks/{id}.2.1")).Body!["reports"]!.AsArray());
    }

    [Theory]
    [InlineData("/api/tasks?agency=NOPE", "agency")]
    [InlineData("/api/tasks?status=done", "status")]
    [InlineData("/api/tasks?overdue=maybe", "overdue")]
    [InlineData("/api/tasks?pageSize=0", "pageSize")]
    [InlineData("/api/tasks?continuationToken=%%%", "continuationToken")]
    [InlineData("/api/tasks?continuationToken=bm90LWEtdG9rZW4", "continuationToken")]
    [InlineData("/api/statistics?from=2023-13-01", "from")]
    [InlineData("/api/statistics?to=31/07/2023", "to")]
    [InlineData("/api/statistics?from=2023-08-01&to=2023-07-01", "to")]
    [InlineData("/api/statistics?agency=NOPE", "agency")]
    public async Task Bad_list_parameters_are_refused_naming_the_parameter(string path, string field)
    {
        var response = await fixture.Leader.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains(field, response.ProblemFields);
    }

    [Fact]
    public async Task The_inbox_of_an_unknown_agency_answers_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Leader.GetAsync("/api/agencies/NOPE/notifications")).Status);
    }
}
