using System.Net;
using Xunit;

namespace Serverless.Functions.Tests;

[Collection(LocalHostGroup.Name)]
public sealed class NoticeAndTaskApiTests(LocalHostFixture fixture)
{

    [Fact]
    public async Task Importing_a_notice_creates_its_tasks_and_a_second_import_changes_nothing()
    {
        var id = SampleNotices.NewId();

        var first = await fixture.Office.PostJsonAsync("/api/notices", SampleNotices.Valid(id));
        var second = await fixture.Office.PostJsonAsync("/api/notices", SampleNotices.Valid(id));

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.Equal("created", (string?)first.Body!["outcome"]);
        Assert.Equal([$"{id}.2.1", $"{id}.3.1", $"{id}.3.2"], first.Body["taskIds"]!.AsArray().Select(x => (string)x!));
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal("alreadyImported", (string?)second.Body!["outcome"]);
    }

    [Fact]
    public async Task The_same_notice_id_with_other_content_is_refused_with_409()
    {
        var id = SampleNotices.NewId();
        await fixture.Office.PostJsonAsync("/api/notices", SampleNotices.Valid(id));
        var changed = SampleNotices.Valid(id);
        changed["title"] = "Một tiêu đề khác";

        var response = await fixture.Office.PostJsonAsync("/api/notices", changed);

        Assert.Equal(HttpStatusCode.Conflict, response.Status);
        Assert.Equal("application/problem+json", response.MediaType);
        Assert.Contains("id", response.ProblemFields);
        var stored = await fixture.Leader.GetAsync($"/api/notices/{id}");
        Assert.Equal("Thông báo kết luận về công tác phòng, chống thiên tai năm 2023", (string?)stored.Body!["title"]);
    }

    [Fact]
    public async Task A_notice_and_a_task_read_back_with_deadlines_and_history()
    {
        var id = SampleNotices.NewId();
        await fixture.Office.PostJsonAsync("/api/notices", SampleNotices.Valid(id));

        var notice = await fixture.Leader.GetAsync($"/api/notices/{id}");
        var task = await fixture.Leader.GetAsync($"/api/tasks/{id}.2.1");

        Assert.Equal(HttpStatusCode.OK, notice.Status);
        Assert.Equal(3, notice.Body!["directives"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.OK, task.Status);
        Assert.Equal("SNNMT", (string?)task.Body!["leadAgency"]);
        Assert.Equal("inProgress", (string?)task.Body["status"]);
        Assert.Equal("Đang thực hiện trong hạn", (string?)task.Body["categoryLabel"]);
        Assert.Equal("2023-08-31", (string?)task.Body["deadlines"]![0]!["dueDate"]);
        Assert.Equal("created", (string?)task.Body["history"]![0]!["action"]);
    }

    [Fact]
    public async Task A_notice_read_back_lists_each_task_as_imported_so_one_request_shows_what_an_import_created()
    {
        var id = SampleNotices.NewId();
        await fixture.Office.PostJsonAsync("/api/notices", SampleNotices.Valid(id));

        var notice = await fixture.Office.GetAsync($"/api/notices/{id}");

        var task = notice.Body!["directives"]![1]!["tasks"]![0]!;
        Assert.Equal(($"{id}.2.1", 2, "SNNMT", "dated", "2023-08-31"),
            ((string?)task["id"], (int?)task["directiveNumber"], (string?)task["leadAgency"], (string?)task["timing"], (string?)task["dueDates"]![0]));
        Assert.Equal(notice.Body["directives"]![1]!["taskIds"]!.AsArray().Select(x => (string?)x),
            notice.Body["directives"]![1]!["tasks"]!.AsArray().Select(x => (string?)x!["id"]));
    }

    [Fact]
    public async Task Reporting_then_completing_a_task_is_recorded_and_a_second_completion_is_refused_with_409()
    {
        var id = SampleNotices.NewId();
        await fixture.Office.PostJsonAsync("/api/notices", SampleNotices.Valid(id));

        var report = await fixture.Sxd.PostJsonAsync($"/api/tasks/{id}.3.1/reports", new { text = "Đã rà soát 120 căn nhà.", percentComplete = 70 });
        var complete = await fixture.Sxd.PostJsonAsync($"/api/tasks/{id}.3.1/complete", new { note = "Đã gửi báo cáo." });
        var again = await fixture.Sxd.PostJsonAsync($"/api/tasks/{id}.3.1/complete", new { });
        var lateReport = await fixture.Sxd.PostJsonAsync($"/api/tasks/{id}.3.1/reports", new { text = "Bổ sung." });

        Assert.Equal(HttpStatusCode.OK, report.Status);
        Assert.Equal(70, (int?)report.Body!["reports"]![0]!["percentComplete"]);
        Assert.Equal(HttpStatusCode.OK, complete.Status);
        Assert.Equal("completed", (string?)complete.Body!["status"]);
        Assert.Equal("Hoàn thành đúng hạn", (string?)complete.Body["categoryLabel"]);
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Equal("application/problem+json", again.MediaType);
        Assert.Equal(HttpStatusCode.Conflict, lateReport.Status);
        var task = await fixture.Leader.GetAsync($"/api/tasks/{id}.3.1");
        Assert.Single(task.Body!["reports"]!.AsArray());
        Assert.Equal(3, task.Body["history"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_task_can_be_cancelled_with_a_reason()
    {
        var id = SampleNotices.NewId();
        await fixture.Office.PostJsonAsync("/api/notices", SampleNotices.Valid(id));

        var cancel = await fixture.Leader.PostJsonAsync($"/api/tasks/{id}.3.2/cancel", new { reason = "Đã giao tại thông báo khác." });

        Assert.Equal(HttpStatusCode.OK, cancel.Status);
        Assert.Equal("cancelled", (string?)cancel.Body!["status"]);
    }

    [Fact]
    public async Task Tasks_are_listed_per_agency_and_by_status_in_pages()
    {
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var id = SampleNotices.NewId();
            ids.Add(id);
            await fixture.Office.PostJsonAsync("/api/notices", SampleNotices.Valid(id));
        }
        await fixture.Sxd.PostJsonAsync($"/api/tasks/{ids[0]}.3.1/complete", new { });

        var listed = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await fixture.Leader.GetAsync($"/api/tasks?agency=SXD&pageSize=2{(token is null ? "" : $"&continuationToken={token}")}");
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.True(page.Body!["items"]!.AsArray().Count <= 2);
            listed.AddRange(page.Body["items"]!.AsArray().Select(x => (string)x!["id"]!));
            token = (string?)page.Body["continuationToken"];
            pages++;
        }
        while (token is not null);

        Assert.True(pages >= 2);
        Assert.Superset(ids.Select(id => $"{id}.3.1").ToHashSet(), listed.ToHashSet());
        Assert.DoesNotContain(listed, x => x.EndsWith(".2.1", StringComparison.Ordinal));
        var completed = await fixture.Leader.GetAsync("/api/tasks?agency=SXD&status=completed&pageSize=200");
        Assert.Contains(completed.Body!["items"]!.AsArray(), x => (string?)x!["id"] == $"{ids[0]}.3.1");
        Assert.DoesNotContain(completed.Body["items"]!.AsArray(), x => (string?)x!["id"] == $"{ids[1]}.3.1");
        // Other tests in this fixture give STC tasks too: read every page, not just the first.
        var coordinating = new List<string>();
        token = null;
        do
        {
            var page = await fixture.Leader.GetAsync($"/api/tasks?agency=STC&pageSize=200{(token is null ? "" : $"&continuationToken={token}")}");
            coordinating.AddRange(page.Body!["items"]!.AsArray().Select(x => (string)x!["id"]!));
            token = (string?)page.Body["continuationToken"];
        }
        while (token is not null);
        Assert.Contains($"{ids[1]}.2.1", coordinating);
    }

    [Fact]
    public async Task Overdue_lists_only_tasks_in_progress_past_their_due_date()
    {
        var late = SampleNotices.NewId();
        var onTime = SampleNotices.NewId();
        await fixture.Office.PostJsonAsync("/api/notices", SampleNotices.Valid(late, due: "2023-07-10"));
        await fixture.Office.PostJsonAsync("/api/notices", SampleNotices.Valid(onTime, due: "2023-07-31"));

        var overdue = await fixture.Leader.GetAsync("/api/tasks?overdue=true&pageSize=200");

        var items = overdue.Body!["items"]!.AsArray();
        var lateItem = Assert.Single(items, x => (string?)x!["id"] == $"{late}.2.1");
        Assert.Equal(10, (int?)lateItem!["daysOverdue"]);
        Assert.Equal("Đang thực hiện quá hạn", (string?)lateItem["categoryLabel"]);
        Assert.DoesNotContain(items, x => ((string?)x!["id"])!.StartsWith(onTime, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_health_endpoint_answers_with_the_product_time()
    {
        var health = await fixture.Leader.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, health.Status);
        Assert.Equal("2023-07-20", (string?)health.Body!["today"]);
    }
}
