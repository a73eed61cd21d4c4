using System.Net;
using System.Text.Json.Nodes;
using Xunit;

namespace Serverless.Functions.Tests;

/// <summary>Periodic reports over HTTP with the clock moved across a cut-off: each test gets its own LocalHost and Azurite.</summary>
public sealed class PeriodicReportApiTests : IAsyncLifetime
{
    private readonly LocalHostFixture host = new();

    public Task InitializeAsync() => host.InitializeAsync();

    public Task DisposeAsync() => host.DisposeAsync();

    // Issued Friday 27/02/2026; entered Monday 02/03/2026; tasks 2.1 (SNNMT) and 3.1 (SXD) due 10/03/2026, 3.2 (CAT) regular.
    private async Task<string> ImportAsync()
    {
        host.SetVietnamTime(2026, 3, 2);
        var id = SampleNotices.NewId();
        var notice = SampleNotices.Valid(id, due: "2026-03-10");
        notice["issuedOn"] = "2026-02-27";
        Assert.Equal(HttpStatusCode.Created, (await host.Office.PostJsonAsync("/api/notices", notice)).Status);
        return id;
    }

    private static JsonNode Row(ApiResponse report, string agency) =>
        report.Body!["agencies"]!.AsArray().Single(a => (string?)a!["code"] == agency)!;

    [Fact]
    public async Task A_months_report_counts_as_of_its_cut_off_and_gives_the_same_numbers_when_asked_again_later()
    {
        var id = await ImportAsync();
        var snnmt = host.As("agency", "SNNMT");
        // SNNMT gets its extension approved before the cut-off (14/03); SXD completes a week after it.
        host.SetVietnamTime(2026, 3, 5);
        await snnmt.PostJsonAsync($"/api/tasks/{id}.2.1/extensions", new { requestedDueDate = "2026-03-31", reason = "Chờ số liệu quan trắc." });
        host.SetVietnamTime(2026, 3, 9);
        Assert.Equal(HttpStatusCode.OK, (await host.Leader.PostJsonAsync($"/api/tasks/{id}.2.1/extensions/e1/decision", new { approve = true })).Status);
        host.SetVietnamTime(2026, 3, 20);
        await host.Leader.PostJsonAsync($"/api/tasks/{id}.3.2/cancel", new { reason = "Đã lồng ghép vào nhiệm vụ khác." });
        host.SetVietnamTime(2026, 3, 21);
        Assert.Equal(HttpStatusCode.OK, (await host.Sxd.PostJsonAsync($"/api/tasks/{id}.3.1/complete", new { })).Status);

        var march = await host.Leader.GetAsync($"/api/reports/periodic?period=2026-03&noticeId={id}");

        Assert.Equal(HttpStatusCode.OK, march.Status);
        Assert.Equal("2026-02-15", (string?)march.Body!["period"]!["from"]);
        Assert.Equal("2026-03-14", (string?)march.Body["period"]!["cutOff"]);
        Assert.Equal("2026-03-18", (string?)march.Body["period"]!["dueOn"]);
        Assert.False((bool)march.Body["provisional"]!);
        var sxd = Row(march, "SXD");
        Assert.Equal(1, (int?)sxd["counts"]!["inProgressOverdue"]);
        Assert.Equal(4, (int?)sxd["counts"]!["maxDaysOverdue"]);
        Assert.Equal([$"{id}.3.1"], sxd["tasks"]!["inProgressOverdue"]!.AsArray().Select(t => (string)t!));
        Assert.Equal(1, (int?)Row(march, "SNNMT")["counts"]!["inProgressOnTime"]);
        Assert.Equal("2026-03-31", (string?)march.Body["tasks"]!.AsArray().Single(t => (string?)t!["id"] == $"{id}.2.1")!["dueDate"]);
        // Cancelled after the cut-off: still in progress in March.
        Assert.Equal(1, (int?)Row(march, "CAT")["counts"]!["inProgressOnTime"]);
        Assert.Equal(3, (int?)march.Body["totals"]!["total"]);

        host.SetVietnamTime(2026, 4, 20);
        var again = await host.Office.GetAsync($"/api/reports/periodic?period=2026-03&noticeId={id}");
        var april = await host.Leader.GetAsync($"/api/reports/periodic?period=2026-04&noticeId={id}");

        Assert.Equal(march.Body["agencies"]!.ToJsonString(), again.Body!["agencies"]!.ToJsonString());
        Assert.Equal(march.Body["totals"]!.ToJsonString(), again.Body["totals"]!.ToJsonString());
        Assert.Equal(1, (int?)Row(april, "SXD")["counts"]!["completedLate"]);
        Assert.Equal(1, (int?)Row(april, "SNNMT")["counts"]!["inProgressOverdue"]);
        Assert.Equal(1, (int?)Row(april, "CAT")["counts"]!["cancelled"]);
        Assert.Equal(0, (int?)Row(april, "CAT")["counts"]!["total"]);
    }

    [Fact]
    public async Task The_report_ranks_agencies_and_shows_whether_the_notice_was_entered_within_one_working_day()
    {
        var id = await ImportAsync();
        host.SetVietnamTime(2026, 3, 9);
        await host.Sxd.PostJsonAsync($"/api/tasks/{id}.3.1/complete", new { });
        host.SetVietnamTime(2026, 3, 20);

        var report = await host.Leader.GetAsync($"/api/reports/periodic?period=2026-03&noticeId={id}");

        var ranked = report.Body!["agencies"]!.AsArray();
        Assert.Equal("SXD", (string?)ranked[0]!["code"]);
        Assert.Equal(1, (int?)ranked[0]!["rank"]);
        Assert.Equal(100.0, (double?)ranked[0]!["score"]);
        Assert.Equal("SNNMT", (string?)ranked[^1]!["code"]);
        // SNNMT: 0 on time, one task 4 days overdue: −2 − 0.4.
        Assert.Equal(-2.4, (double?)ranked[^1]!["score"]);
        var entry = report.Body["taskEntry"]!["notices"]!.AsArray().Single()!;
        Assert.Equal("2026-02-27", (string?)entry["issuedOn"]);
        Assert.Equal("2026-03-02", (string?)entry["enteredOn"]);
        Assert.Equal(1, (int?)entry["workingDaysAfterIssue"]);
        Assert.True((bool?)entry["withinRule"]);
    }

    [Fact]
    public async Task The_report_downloads_as_an_Excel_workbook_with_a_summary_and_a_tasks_sheet()
    {
        var id = await ImportAsync();
        host.SetVietnamTime(2026, 3, 20);

        var file = await host.Office.DownloadAsync($"/api/reports/periodic?period=2026-03&noticeId={id}&format=xlsx");

        Assert.Equal(HttpStatusCode.OK, file.Status);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.MediaType);
        Assert.Equal("bao-cao-20260215-20260314.xlsx", file.FileName);
        var book = new Workbook(file.Content);
        Assert.Equal(["Tổng hợp", "Nhiệm vụ", "Nhập thông báo"], book.SheetNames);
        Assert.Equal("VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH", book.Cell("Tổng hợp", "A", 1));
        Assert.Equal("BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ ĐƯỢC GIAO THÁNG 3/2026 (từ ngày 15/02/2026 đến ngày 14/03/2026)", book.Cell("Tổng hợp", "A", 2));
        Assert.Equal(["Xếp hạng", "Mã cơ quan", "Cơ quan chủ trì", "Tổng số nhiệm vụ", "Hoàn thành đúng hạn", "Hoàn thành quá hạn",
            "Đang thực hiện trong hạn", "Đang thực hiện quá hạn"], book.Row("Tổng hợp", 5).Take(8));
        var sxd = book.RowWhere("Tổng hợp", "B", "SXD");
        Assert.Equal("Sở Xây dựng", book.Cell("Tổng hợp", "C", sxd));
        Assert.Equal("1", book.Cell("Tổng hợp", "H", sxd));
        Assert.Equal("4", book.Cell("Tổng hợp", "K", sxd));
        var total = book.RowWhere("Tổng hợp", "C", "Tổng cộng");
        Assert.Equal("3", book.Cell("Tổng hợp", "D", total));
        var task = book.RowWhere("Nhiệm vụ", "K", $"{id}.3.1");
        Assert.Equal("Đang thực hiện quá hạn", book.Cell("Nhiệm vụ", "F", task));
        Assert.Equal("10/03/2026", book.Cell("Nhiệm vụ", "G", task));
        Assert.Equal("02/03/2026", book.Cell("Nhiệm vụ", "J", task));
        Assert.Equal("Đúng hạn", book.Cell("Nhập thông báo", "F", book.RowWhere("Nhập thông báo", "G", id)));
    }

    [Fact]
    public async Task The_report_downloads_as_CSV_in_UTF_8_with_a_byte_order_mark()
    {
        var id = await ImportAsync();
        host.SetVietnamTime(2026, 3, 20);

        var summary = await host.Leader.DownloadAsync($"/api/reports/periodic?period=2026-03&noticeId={id}&format=csv");
        var tasks = await host.Leader.DownloadAsync($"/api/reports/periodic?period=2026-03&noticeId={id}&format=csv&sheet=tasks");

        Assert.Equal("text/csv", summary.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], summary.Content.Take(3));
        var text = System.Text.Encoding.UTF8.GetString(summary.Content);
        Assert.Contains("Đang thực hiện quá hạn", text, StringComparison.Ordinal);
        Assert.Contains("Sở Nông nghiệp và Môi trường", text, StringComparison.Ordinal);
        Assert.Contains("10/03/2026", System.Text.Encoding.UTF8.GetString(tasks.Content), StringComparison.Ordinal);
        Assert.Contains($"{id}.3.1", System.Text.Encoding.UTF8.GetString(tasks.Content), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_agency_gets_and_exports_its_own_row_only()
    {
        var id = await ImportAsync();
        host.SetVietnamTime(2026, 3, 20);

        var own = await host.Sxd.GetAsync($"/api/reports/periodic?period=2026-03&noticeId={id}");
        var other = await host.Sxd.GetAsync($"/api/reports/periodic?period=2026-03&noticeId={id}&agency=SNNMT");
        var file = new Workbook((await host.Sxd.DownloadAsync($"/api/reports/periodic?period=2026-03&noticeId={id}&format=xlsx")).Content);

        Assert.Equal(["SXD"], own.Body!["agencies"]!.AsArray().Select(a => (string)a!["code"]!));
        Assert.All(own.Body["tasks"]!.AsArray(), t => Assert.Equal("SXD", (string?)t!["leadAgency"]));
        Assert.Equal(HttpStatusCode.NotFound, other.Status);
        Assert.Equal(0, file.RowWhere("Tổng hợp", "B", "SNNMT"));
        Assert.NotEqual(0, file.RowWhere("Tổng hợp", "B", "SXD"));
    }

    [Fact]
    public async Task A_report_asked_for_before_the_cut_off_is_provisional_and_counts_as_of_today()
    {
        var id = await ImportAsync();
        host.SetVietnamTime(2026, 3, 12);

        var report = await host.Leader.GetAsync($"/api/reports/periodic?period=2026-03&noticeId={id}");

        Assert.True((bool)report.Body!["provisional"]!);
        Assert.Equal("2026-03-12", (string?)report.Body["asOf"]);
        Assert.Equal(2, (int?)Row(report, "SXD")["counts"]!["maxDaysOverdue"]);
    }
}
