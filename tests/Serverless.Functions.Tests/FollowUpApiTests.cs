using System.Net;
using System.Text.Json.Nodes;
using Xunit;

namespace Serverless.Functions.Tests;

/// <summary>Giải trình and đôn đốc over HTTP. The fixture's clock reads 20/7/2023: tasks due 10/7/2023 are overdue.</summary>
[Collection(LocalHostGroup.Name)]
public sealed class FollowUpApiTests(LocalHostFixture fixture)
{
    private const string PastDue = "2023-07-10";

    private async Task<string> ImportAsync(string due = PastDue)
    {
        var id = SampleNotices.NewId();
        Assert.Equal(HttpStatusCode.Created, (await fixture.Office.PostJsonAsync("/api/notices", SampleNotices.Valid(id, due))).Status);
        return id;
    }

    private async Task<List<JsonNode>> InboxAsync(string agency, string taskId) =>
        (await fixture.Leader.GetAsync($"/api/agencies/{agency}/notifications?pageSize=200")).Body!["items"]!.AsArray()
            .Where(n => (string?)n!["taskId"] == taskId).Select(n => n!).ToList();

    private async Task<List<JsonNode>> OpenExplanationsAsync(string taskId)
    {
        var items = new List<JsonNode>();
        string? token = null;
        do
        {
            var page = await fixture.Leader.GetAsync("/api/explanations?pageSize=200" + (token is null ? "" : $"&continuationToken={token}"));
            Assert.Equal(HttpStatusCode.OK, page.Status);
            items.AddRange(page.Body!["items"]!.AsArray().Where(n => (string?)n!["taskId"] == taskId).Select(n => n!));
            token = (string?)page.Body["continuationToken"];
        }
        while (token is not null);
        return items;
    }

    private async Task<JsonNode> TaskAsync(string taskId) => (await fixture.Leader.GetAsync($"/api/tasks/{taskId}")).Body!;

    [Fact]
    public async Task A_leader_asks_for_an_explanation_the_lead_agency_answers_and_the_list_shows_it_only_while_open()
    {
        var taskId = $"{await ImportAsync()}.3.1";

        var asked = await fixture.Leader.PostJsonAsync($"/api/tasks/{taskId}/explanations", new { reason = "Đề nghị giải trình lý do chậm rà soát." });
        var listed = await OpenExplanationsAsync(taskId);
        var answered = await fixture.Sxd.PostJsonAsync($"/api/tasks/{taskId}/explanations/gt1/answer", new { text = "Chậm do thiếu số liệu của các phường." });

        Assert.Equal(HttpStatusCode.OK, asked.Status);
        var request = asked.Body!["explanations"]![0]!;
        Assert.Equal("gt1", (string?)request["requestId"]);
        Assert.Equal("2023-07-25", (string?)request["answerDueDate"]);
        var item = Assert.Single(listed);
        Assert.Equal(("SXD", "Sở Xây dựng", "2023-07-10", false), ((string?)item["leadAgency"], (string?)item["leadAgencyName"],
            (string?)item["overdueDueDate"], (bool)item["answerOverdue"]!));
        var sent = Assert.Single(await InboxAsync("SXD", taskId), n => (string?)n["kind"] == "explanation-request");
        Assert.Contains("giải trình", (string?)sent["message"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, answered.Status);
        Assert.Equal("Chậm do thiếu số liệu của các phường.", (string?)answered.Body!["explanations"]![0]!["answer"]);
        Assert.Empty(await OpenExplanationsAsync(taskId));
        var actions = (await TaskAsync(taskId))["history"]!.AsArray().Select(h => (string?)h!["action"]).ToList();
        Assert.Contains("explanation-requested", actions);
        Assert.Contains("explanation-answered", actions);
    }

    [Fact]
    public async Task Asking_for_an_explanation_of_a_task_not_overdue_names_the_task_and_stores_nothing()
    {
        var taskId = $"{await ImportAsync("2023-08-31")}.3.1";

        var response = await fixture.Office.PostJsonAsync($"/api/tasks/{taskId}/explanations", new { reason = "Đề nghị giải trình." });

        Assert.Equal(HttpStatusCode.Conflict, response.Status);
        Assert.Equal("application/problem+json", response.MediaType);
        Assert.Equal(["taskId"], response.ProblemFields);
        var task = await TaskAsync(taskId);
        Assert.Empty(task["explanations"]!.AsArray());
        Assert.DoesNotContain(task["history"]!.AsArray(), h => ((string?)h!["action"])!.StartsWith("explanation", StringComparison.Ordinal));
        Assert.Empty(await OpenExplanationsAsync(taskId));
        Assert.Empty(await InboxAsync("SXD", taskId));
    }

    [Fact]
    public async Task An_answer_from_an_agency_other_than_the_lead_is_refused_naming_the_agency_and_stores_nothing()
    {
        // Task 2.1: SNNMT leads, STC coordinates.
        var taskId = $"{await ImportAsync()}.2.1";
        await fixture.Leader.PostJsonAsync($"/api/tasks/{taskId}/explanations", new { reason = "Đề nghị giải trình." });

        var coordinating = await fixture.As("agency", "STC").PostJsonAsync($"/api/tasks/{taskId}/explanations/gt1/answer", new { text = "Trả lời thay." });
        var stranger = await fixture.Sxd.PostJsonAsync($"/api/tasks/{taskId}/explanations/gt1/answer", new { text = "Không liên quan." });

        Assert.Equal(HttpStatusCode.Forbidden, coordinating.Status);
        Assert.Equal(["agency"], coordinating.ProblemFields);
        Assert.Equal(HttpStatusCode.NotFound, stranger.Status);
        var request = (await TaskAsync(taskId))["explanations"]![0]!;
        Assert.Null(request["answer"]);
        Assert.DoesNotContain((await TaskAsync(taskId))["history"]!.AsArray(), h => (string?)h!["action"] == "explanation-answered");
        Assert.Single(await OpenExplanationsAsync(taskId));
    }

    public static TheoryData<string, object, string> BadExplanationInput() => new()
    {
        { "explanations", new { }, "reason" },
        { "explanations", new { reason = "Giải trình.", answerDueDate = "2023-07-20" }, "answerDueDate" },
        { "explanations", new { reason = "Giải trình.", answerDueDate = "25/07/2023" }, "answerDueDate" },
        { "explanations", new { reason = "Giải trình.", extra = 1 }, "extra" },
        { "urgings", new { reason = "Khẩn trương." }, "level" },
        { "urgings", new { level = "everyone", reason = "Khẩn trương." }, "level" },
        { "urgings", new { agency = "KHONGCO", level = "agency", reason = "Khẩn trương." }, "agency" },
        { "urgings", new { level = "agency" }, "reason" },
        { "urgings", new { level = "agency", reason = "Khẩn trương.", clientRequestId = "có dấu" }, "clientRequestId" },
    };

    [Theory]
    [MemberData(nameof(BadExplanationInput))]
    public async Task Bad_follow_up_input_gets_a_problem_naming_the_field_and_stores_nothing(string route, object body, string field)
    {
        var taskId = $"{await ImportAsync()}.3.1";

        var response = await fixture.Leader.PostJsonAsync($"/api/tasks/{taskId}/{route}", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("application/problem+json", response.MediaType);
        Assert.Contains(field, response.ProblemFields);
        var task = await TaskAsync(taskId);
        Assert.Empty(task["explanations"]!.AsArray());
        Assert.Empty(task["urgings"]!.AsArray());
        Assert.Single(task["history"]!.AsArray());
    }

    [Fact]
    public async Task Bad_list_and_answer_parameters_name_the_field()
    {
        var taskId = $"{await ImportAsync()}.3.1";

        var agency = await fixture.Leader.GetAsync("/api/explanations?agency=KHONGCO");
        var requestId = await fixture.Sxd.PostJsonAsync($"/api/tasks/{taskId}/explanations/x1/answer", new { text = "Trả lời." });
        var noRequest = await fixture.Sxd.PostJsonAsync($"/api/tasks/{taskId}/explanations/gt1/answer", new { text = "Trả lời." });

        Assert.Equal(HttpStatusCode.BadRequest, agency.Status);
        Assert.Equal(["agency"], agency.ProblemFields);
        Assert.Equal(HttpStatusCode.BadRequest, requestId.Status);
        Assert.Equal(["requestId"], requestId.ProblemFields);
        Assert.Equal(HttpStatusCode.Conflict, noRequest.Status);
        Assert.Equal(["requestId"], noRequest.ProblemFields);
    }

    [Fact]
    public async Task An_urging_retried_with_its_client_request_id_is_delivered_and_recorded_once()
    {
        var taskId = $"{await ImportAsync("2023-08-31")}.3.1";
        var body = new { level = "supervisingOffice", reason = "Tiến độ rà soát chậm.", clientRequestId = "urge-1" };

        var first = await fixture.Office.PostJsonAsync($"/api/tasks/{taskId}/urgings", body);
        var retry = await fixture.Office.PostJsonAsync($"/api/tasks/{taskId}/urgings", body);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.OK, retry.Status);
        var sent = Assert.Single(await InboxAsync("VPUBND", taskId));
        Assert.Equal(($"{taskId}.dd1", "urging", 2), ((string?)sent["id"], (string?)sent["kind"], (int)sent["level"]!));
        Assert.Contains("Sở Xây dựng", (string?)sent["message"], StringComparison.Ordinal);
        var task = await TaskAsync(taskId);
        var urging = Assert.Single(task["urgings"]!.AsArray())!;
        Assert.Equal(("SXD", "supervisingOffice", "VPUBND"), ((string?)urging["agency"], (string?)urging["level"], (string?)urging["recipient"]));
        Assert.Single(task["history"]!.AsArray(), h => (string?)h!["action"] == "urged" && (string?)h["actor"]!["role"] == "office");
    }

    [Fact]
    public async Task Urging_an_agency_that_is_not_on_the_task_names_the_agency_and_sends_nothing()
    {
        var taskId = $"{await ImportAsync()}.3.1";

        var response = await fixture.Leader.PostJsonAsync($"/api/tasks/{taskId}/urgings", new { agency = "SYT", level = "agency", reason = "Khẩn trương." });

        Assert.Equal(HttpStatusCode.Conflict, response.Status);
        Assert.Equal(["agency"], response.ProblemFields);
        Assert.Empty((await TaskAsync(taskId))["urgings"]!.AsArray());
        Assert.Empty(await InboxAsync("SYT", taskId));
    }
}
