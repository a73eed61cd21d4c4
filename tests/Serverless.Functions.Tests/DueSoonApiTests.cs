using System.Net;
using Xunit;

namespace Serverless.Functions.Tests;

/// <summary>"Sắp đến hạn" in lists, statistics and the task export, on the shared host (today is Thursday 20/7/2023).</summary>
[Collection(LocalHostGroup.Name)]
public sealed class DueSoonApiTests(LocalHostFixture fixture)
{
    [Fact]
    public async Task Tasks_due_within_three_working_days_are_listed_as_due_soon()
    {
        // Due Tuesday 25/7: the third working day after Thursday 20/7.
        var soon = SampleNotices.NewId();
        await fixture.Office.PostJsonAsync("/api/notices", SampleNotices.Valid(soon, due: "2023-07-25"));
        // Due Wednesday 26/7: the fourth.
        var later = SampleNotices.NewId();
        await fixture.Office.PostJsonAsync("/api/notices", SampleNotices.Valid(later, due: "2023-07-26"));

        var listed = await fixture.Leader.GetAsync("/api/tasks?status=dueSoon&agency=SXD&pageSize=200");

        Assert.Equal(HttpStatusCode.OK, listed.Status);
        var ids = listed.Body!["items"]!.AsArray().Select(i => (string)i!["id"]!).ToList();
        Assert.Contains($"{soon}.3.1", ids);
        Assert.DoesNotContain($"{later}.3.1", ids);
    }

    [Fact]
    public async Task Statistics_show_how_many_tasks_of_each_agency_are_due_soon()
    {
        var id = SampleNotices.NewId();
        await fixture.Office.PostJsonAsync("/api/notices", SampleNotices.Valid(id, due: "2023-07-24"));
        await fixture.Sxd.PostJsonAsync($"/api/tasks/{id}.3.1/complete", new { });

        var statistics = await fixture.Leader.GetAsync($"/api/statistics?noticeId={id}");

        var rows = statistics.Body!["agencies"]!.AsArray();
        Assert.Equal(1, (int?)rows.Single(r => (string?)r!["code"] == "SNNMT")!["dueSoon"]);
        Assert.Equal(0, (int?)rows.Single(r => (string?)r!["code"] == "SXD")!["dueSoon"]);
        Assert.Equal("Sắp đến hạn", (string?)statistics.Body["labels"]!["dueSoon"]);
    }

    [Fact]
    public async Task A_task_list_exports_as_Excel_with_Vietnamese_headers_and_dates()
    {
        var id = SampleNotices.NewId();
        await fixture.Office.PostJsonAsync("/api/notices", SampleNotices.Valid(id, due: "2023-07-24"));

        var file = await fixture.Leader.DownloadAsync("/api/exports/tasks?status=dueSoon&agency=SNNMT&format=xlsx");

        Assert.Equal(HttpStatusCode.OK, file.Status);
        Assert.Equal("nhiem-vu-20230720.xlsx", file.FileName);
        var book = new Workbook(file.Content);
        Assert.Equal("DANH SÁCH NHIỆM VỤ", book.Cell("Nhiệm vụ", "A", 2));
        Assert.Equal(["STT", "Số thông báo", "Mục", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Tình trạng", "Thời hạn"],
            book.Row("Nhiệm vụ", 5).Take(8));
        var row = book.RowWhere("Nhiệm vụ", "L", $"{id}.2.1");
        Assert.Equal("Sở Tài chính", book.Cell("Nhiệm vụ", "F", row));
        Assert.Equal("24/07/2023", book.Cell("Nhiệm vụ", "H", row));
        Assert.Equal("Có", book.Cell("Nhiệm vụ", "K", row));
    }

    [Fact]
    public async Task An_agency_exports_its_own_tasks_only()
    {
        var id = SampleNotices.NewId();
        await fixture.Office.PostJsonAsync("/api/notices", SampleNotices.Valid(id));

        var own = await fixture.Sxd.DownloadAsync("/api/exports/tasks?format=csv");
        var other = await fixture.Sxd.GetAsync("/api/exports/tasks?format=csv&agency=SNNMT");

        var text = System.Text.Encoding.UTF8.GetString(own.Content);
        Assert.Equal([0xEF, 0xBB, 0xBF], own.Content.Take(3));
        Assert.Contains($"{id}.3.1", text, StringComparison.Ordinal);
        Assert.DoesNotContain($"{id}.2.1", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, other.Status);
    }

    [Theory]
    [InlineData("/api/exports/tasks?format=json", "format")]
    [InlineData("/api/exports/tasks?status=soon", "status")]
    [InlineData("/api/exports/tasks?agency=KHONGCO", "agency")]
    public async Task Bad_export_requests_answer_a_problem_naming_the_field(string path, string field)
    {
        var response = await fixture.Leader.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains(field, response.ProblemFields);
    }
}
