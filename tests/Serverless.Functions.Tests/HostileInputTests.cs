using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Xunit;

namespace Serverless.Functions.Tests;

[Collection(LocalHostGroup.Name)]
public sealed class HostileInputTests(LocalHostFixture fixture)
{
    private static JsonObject NoticeJson(string id) =>
        JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(SampleNotices.Valid(id)))!.AsObject();

    private async Task AssertNoTraceAsync(string id)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Leader.GetAsync($"/api/notices/{id}")).Status);
        var listed = await fixture.Leader.GetAsync("/api/tasks?agency=SXD&pageSize=200");
        Assert.DoesNotContain(listed.Body!["items"]!.AsArray(), x => ((string)x!["id"]!).StartsWith(id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Deeply_nested_json_is_refused_and_leaves_no_trace()
    {
        var id = SampleNotices.NewId();
        var json = NoticeJson(id);
        var nested = string.Concat(Enumerable.Repeat("{\"a\":", 200)) + "1" + new string('}', 200);
        var body = json.ToJsonString().TrimEnd('}') + ",\"extra\":" + nested + "}";

        var response = await fixture.Office.PostRawAsync("/api/notices", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("application/problem+json", response.MediaType);
        await AssertNoTraceAsync(id);
    }

    [Theory]
    [InlineData("number", "over-limit")]
    [InlineData("title", "control-character")]
    [InlineData("issuer", "over-limit")]
    [InlineData("title", "lone-surrogate")]
    public async Task A_string_over_its_limit_or_with_control_characters_is_refused_naming_the_field(string field, string spoil)
    {
        var id = SampleNotices.NewId();
        var json = NoticeJson(id);
        json[field] = spoil switch
        {
            "over-limit" => new string('9', 501),
            "lone-surrogate" => "LONE-SURROGATE",
            _ => "Thông báo\u0007 kết luận",
        };

        // A lone surrogate can only arrive as a JSON escape: .NET writers would replace it, so splice it in as text.
        var body = json.ToJsonString().Replace("LONE-SURROGATE", "Thông báo \\ud800 kết luận", StringComparison.Ordinal);

        var response = await fixture.Office.PostRawAsync("/api/notices", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains(field, response.ProblemFields);
        await AssertNoTraceAsync(id);
    }

    [Fact]
    public async Task Decomposed_and_composed_Vietnamese_are_the_same_notice()
    {
        var id = SampleNotices.NewId();
        var composed = NoticeJson(id);
        var decomposed = NoticeJson(id);
        decomposed["title"] = ((string)composed["title"]!).Normalize(NormalizationForm.FormD);
        Assert.NotEqual((string?)composed["title"], (string?)decomposed["title"]);

        var first = await fixture.Office.PostRawAsync("/api/notices", decomposed.ToJsonString());
        var second = await fixture.Office.PostRawAsync("/api/notices", composed.ToJsonString());

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        var stored = (string)(await fixture.Leader.GetAsync($"/api/notices/{id}")).Body!["title"]!;
        Assert.True(stored.IsNormalized(NormalizationForm.FormC));
        Assert.Equal((string?)composed["title"], stored);
    }

    [Fact]
    public async Task Markup_is_stored_and_returned_as_text_never_as_markup()
    {
        var id = SampleNotices.NewId();
        await fixture.Office.PostJsonAsync("/api/notices", SampleNotices.Valid(id));
        const string text = "<script>alert('Sở')</script> & <b>xong</b>";

        await fixture.Sxd.PostJsonAsync($"/api/tasks/{id}.3.1/reports", new { text });
        using var raw = await fixture.Sxd.Http.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/tasks/{id}.3.1")
        {
            Headers = { Authorization = new("Bearer", fixture.Token("agency", "SXD")) },
        });
        var body = await raw.Content.ReadAsStringAsync();

        Assert.Equal("application/json", raw.Content.Headers.ContentType!.MediaType);
        Assert.DoesNotContain("<script>", body, StringComparison.Ordinal);
        Assert.Equal(text, (string?)JsonNode.Parse(body)!["reports"]![0]!["text"]);
    }

    [Theory]
    [InlineData("tb%2F1.1.1")]
    [InlineData("tb%5C1.1.1")]
    [InlineData("tb%231.1.1")]
    [InlineData("tb%3F1.1.1")]
    [InlineData("..%2F..%2Fx")]
    public async Task Ids_with_path_separators_or_key_forbidden_characters_are_refused(string encodedId)
    {
        var response = await fixture.Leader.GetAsync($"/api/tasks/{encodedId}");

        Assert.True(response.Status is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"answered {response.Status}");
        Assert.Equal("application/problem+json", response.MediaType);
    }

    [Fact]
    public async Task A_notice_id_with_forbidden_characters_is_refused_naming_the_id()
    {
        var json = NoticeJson("x");
        json["id"] = "tb/125#2023?";

        var response = await fixture.Office.PostRawAsync("/api/notices", json.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("id", response.ProblemFields);
    }

    [Fact]
    public async Task A_retried_report_with_the_same_client_request_id_is_applied_once()
    {
        var id = SampleNotices.NewId();
        await fixture.Office.PostJsonAsync("/api/notices", SampleNotices.Valid(id));
        var report = new { text = "Đã hoàn thành khảo sát.", clientRequestId = "r-2023-07-20-001" };

        var first = await fixture.Sxd.PostJsonAsync($"/api/tasks/{id}.3.1/reports", report);
        var retry = await fixture.Sxd.PostJsonAsync($"/api/tasks/{id}.3.1/reports", report);
        var another = await fixture.Sxd.PostJsonAsync($"/api/tasks/{id}.3.1/reports", report with { clientRequestId = "r-2023-07-20-002" });

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.OK, retry.Status);
        Assert.Equal(HttpStatusCode.OK, another.Status);
        Assert.Equal(2, (await fixture.Leader.GetAsync($"/api/tasks/{id}.3.1")).Body!["reports"]!.AsArray().Count);
    }
}
