using System.Net;
using System.Text.Json.Nodes;
using Xunit;

namespace Serverless.Functions.Tests;

[Collection(LocalHostGroup.Name)]
public sealed class WorkflowApiTests(LocalHostFixture fixture)
{
    [Fact]
    public async Task An_agency_asks_for_more_time_and_a_leader_approves_it_over_http()
    {
        var id = SampleNotices.NewId();
        await fixture.Office.PostJsonAsync("/api/notices", SampleNotices.Valid(id));

        var asked = await fixture.Sxd.PostJsonAsync($"/api/tasks/{id}.3.1/extensions", new { requestedDueDate = "2023-10-15", reason = "Chờ số liệu của các xã." });
        var pending = await fixture.Leader.GetAsync("/api/tasks?pendingExtension=true&pageSize=200");
        var approved = await fixture.Leader.PostJsonAsync($"/api/tasks/{id}.3.1/extensions/e1/decision", new { approve = true, note = "Đồng ý." });

        Assert.Equal(HttpStatusCode.OK, asked.Status);
        Assert.Contains(pending.Body!["items"]!.AsArray(), x => (string?)x!["id"] == $"{id}.3.1" && (int?)x["pendingExtensions"] == 1);
        Assert.Equal(HttpStatusCode.OK, approved.Status);
        Assert.Equal("2023-10-15", (string?)approved.Body!["deadlines"]![0]!["dueDate"]);
        Assert.Equal("2023-08-31", (string?)approved.Body["deadlines"]![0]!["previousDueDates"]![0]);
        Assert.Equal("approved", (string?)approved.Body["extensions"]![0]!["decision"]);
    }

    private async Task<List<JsonNode>> InboxAsync(string agency, string taskId)
    {
        var response = await fixture.Leader.GetAsync($"/api/agencies/{agency}/notifications?pageSize=200");
        return response.Body!["items"]!.AsArray().Where(n => (string?)n!["taskId"] == taskId).Select(n => n!).ToList();
    }

    [Fact]
    public async Task An_extension_request_reaches_the_leadership_and_the_office_and_the_decision_reaches_the_agency_once()
    {
        var id = SampleNotices.NewId();
        await fixture.Office.PostJsonAsync("/api/notices", SampleNotices.Valid(id));
        var taskId = $"{id}.3.1";

        await fixture.Sxd.PostJsonAsync($"/api/tasks/{taskId}/extensions", new { requestedDueDate = "2023-10-15", reason = "Chờ số liệu của các xã." });
        var leadership = await InboxAsync("LANHDAO", taskId);
        var office = await InboxAsync("VPUBND", taskId);
        var pending = await fixture.Leader.GetAsync("/api/tasks?pendingExtension=true&pageSize=200");
        await fixture.Leader.PostJsonAsync($"/api/tasks/{taskId}/extensions/e1/decision", new { approve = true, note = "Đồng ý." });
        var again = await fixture.Leader.PostJsonAsync($"/api/tasks/{taskId}/extensions/e1/decision", new { approve = true });
        var agency = await InboxAsync("SXD", taskId);

        var request = Assert.Single(leadership);
        Assert.Equal("extension-requested", (string?)request["kind"]);
        Assert.Contains("15/10/2023", (string?)request["message"], StringComparison.Ordinal);
        Assert.Contains("Chờ số liệu của các xã.", (string?)request["message"], StringComparison.Ordinal);
        Assert.Equal("extension-requested", (string?)Assert.Single(office)["kind"]);
        var row = pending.Body!["items"]!.AsArray().Single(x => (string?)x!["id"] == taskId)!;
        Assert.Equal("2023-10-15", (string?)row["pendingExtension"]!["requestedDueDate"]);
        Assert.Equal("Chờ số liệu của các xã.", (string?)row["pendingExtension"]!["reason"]);
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        var decision = Assert.Single(agency);
        Assert.Equal("extension-approved", (string?)decision["kind"]);
        Assert.Contains("15/10/2023", (string?)decision["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rejected_extension_tells_the_agency_its_date_stands()
    {
        var id = SampleNotices.NewId();
        await fixture.Office.PostJsonAsync("/api/notices", SampleNotices.Valid(id));
        var taskId = $"{id}.3.1";

        await fixture.Sxd.PostJsonAsync($"/api/tasks/{taskId}/extensions", new { requestedDueDate = "2023-10-15", reason = "Chờ số liệu." });
        await fixture.Leader.PostJsonAsync($"/api/tasks/{taskId}/extensions/e1/decision", new { approve = false, note = "Cần hoàn thành đúng hạn." });

        var decision = Assert.Single(await InboxAsync("SXD", taskId));
        Assert.Equal("extension-rejected", (string?)decision["kind"]);
        Assert.Contains("31/08/2023", (string?)decision["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_extension_request_is_refused_naming_the_field_and_changes_nothing()
    {
        var id = SampleNotices.NewId();
        await fixture.Office.PostJsonAsync("/api/notices", SampleNotices.Valid(id));

        var badDate = await fixture.Sxd.PostJsonAsync($"/api/tasks/{id}.3.1/extensions", new { requestedDueDate = "15/10/2023", reason = "x" });
        var earlier = await fixture.Sxd.PostJsonAsync($"/api/tasks/{id}.3.1/extensions", new { requestedDueDate = "2023-08-01", reason = "x" });

        Assert.Equal(HttpStatusCode.BadRequest, badDate.Status);
        Assert.Contains("requestedDueDate", badDate.ProblemFields);
        Assert.Equal(HttpStatusCode.Conflict, earlier.Status);
        Assert.Empty((await fixture.Leader.GetAsync($"/api/tasks/{id}.3.1")).Body!["extensions"]!.AsArray());
    }

    [Fact]
    public async Task A_conditional_task_is_imported_waiting_and_a_leader_sets_its_date()
    {
        var id = SampleNotices.NewId();
        var notice = SampleNotices.Valid(id);
        notice["directives"] = SampleNotices.WithConditionalTask((object[])notice["directives"]!);
        await fixture.Office.PostJsonAsync("/api/notices", notice);

        var waiting = await fixture.Leader.GetAsync($"/api/tasks/{id}.3.2");
        var set = await fixture.Leader.PostJsonAsync($"/api/tasks/{id}.3.2/due-date", new { dueDate = "2023-11-30", note = "Bộ Công an đã có hướng dẫn." });

        Assert.Equal("awaitingDate", (string?)waiting.Body!["status"]);
        Assert.Equal("conditional", (string?)waiting.Body["timing"]);
        Assert.Equal("inProgress", (string?)set.Body!["status"]);
        Assert.Equal("2023-11-30", (string?)set.Body["deadlines"]![0]!["dueDate"]);
    }

    [Fact]
    public async Task A_task_without_deadlines_is_a_regular_duty_and_a_dated_task_without_dates_is_refused()
    {
        var id = SampleNotices.NewId();
        await fixture.Office.PostJsonAsync("/api/notices", SampleNotices.Valid(id));
        var regular = await fixture.Leader.GetAsync($"/api/tasks/{id}.3.2");

        var bad = SampleNotices.Valid(SampleNotices.NewId());
        bad["directives"] = new object[]
        {
            new { number = 1, text = "Giao Sở Y tế.", tasks = new object[] { new { content = "Kiểm tra.", leadAgency = "SYT", timing = "dated" } } },
        };
        var refused = await fixture.Office.PostJsonAsync("/api/notices", bad);

        Assert.Equal("regular", (string?)regular.Body!["timing"]);
        Assert.Empty(regular.Body["deadlines"]!.AsArray());
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("directives[0].tasks[0].deadlines", refused.ProblemFields);
    }

    [Fact]
    public async Task An_agency_acknowledges_a_reminder_and_the_history_records_it()
    {
        var id = SampleNotices.NewId();
        // Due 25/7/2023: on the fixture's 20/7 the 7-day reminder is current, and a sweep sends it.
        await fixture.Office.PostJsonAsync("/api/notices", SampleNotices.Valid(id, due: "2023-07-25"));
        var early = await fixture.Sxd.PostJsonAsync($"/api/tasks/{id}.3.1/acknowledgements", new { notificationId = $"{id}.3.1.d1.remind-7d" });
        await fixture.SweepAsync();

        var ack = await fixture.Sxd.PostJsonAsync($"/api/tasks/{id}.3.1/acknowledgements", new { notificationId = $"{id}.3.1.d1.remind-7d" });
        var bad = await fixture.Sxd.PostJsonAsync($"/api/tasks/{id}.3.1/acknowledgements", new { notificationId = "a/b" });

        Assert.Equal(HttpStatusCode.Conflict, early.Status);
        Assert.Equal(HttpStatusCode.OK, ack.Status);
        Assert.Equal("acknowledged", (string?)ack.Body!["history"]!.AsArray()[^1]!["action"]);
        Assert.Equal("SXD", (string?)ack.Body["history"]!.AsArray()[^1]!["actor"]!["agency"]);
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
    }
}
