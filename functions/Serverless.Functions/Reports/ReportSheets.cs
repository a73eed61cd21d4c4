using Serverless.Tracking;
using Serverless.Tracking.Reporting;

namespace Serverless.Functions.Reports;

/// <summary>A periodic report as export sheets: the summary (ranked agencies and totals) and the tasks behind the counts.</summary>
public static class ReportSheets
{
    /// <summary>The summary sheet.</summary>
    public static SheetContent Summary(PeriodicReport report, AgencyDirectory agencies, string issuingOffice)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rows = report.Agencies.Select(a => Counts(a.Rank, a.Tally.Code, PeriodicReportView.NameOf(agencies, a.Tally.Code), a.Tally, a.Score)).ToList();
        rows.Add(Counts(null, "", "Tổng cộng", report.Totals, null));
        return new SheetContent("Tổng hợp", Title(report, issuingOffice),
            ["Xếp hạng", "Mã cơ quan", "Cơ quan chủ trì", "Tổng số nhiệm vụ", "Hoàn thành đúng hạn", "Hoàn thành quá hạn",
             "Đang thực hiện trong hạn", "Đang thực hiện quá hạn", "Tỷ lệ hoàn thành (%)", "Tỷ lệ đúng hạn (%)",
             "Quá hạn lâu nhất (ngày)", "Giao trong kỳ", "Đã hủy trong kỳ", "Điểm xếp hạng"],
            rows);
    }

    /// <summary>The tasks sheet: every task counted, with its category as of the cut-off.</summary>
    public static SheetContent Tasks(PeriodicReport report, AgencyDirectory agencies, string issuingOffice)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rows = report.Lines.Select((l, i) => new object?[]
        {
            i + 1, l.Task.NoticeNumber, l.Task.DirectiveNumber, l.Task.Content, PeriodicReportView.NameOf(agencies, l.Task.LeadAgency),
            ProgressCategories.Label(l.Standing.Category),
            l.Standing.DueDate is { } due ? ReportTitles.Date(due) : null,
            l.Task.CompletedOn is { } done && done <= report.Period.CutOff ? ReportTitles.Date(done) : null,
            l.Standing.DaysLate, ReportTitles.Date(l.Task.CreatedOn), l.Task.TaskId,
        }).ToList();
        return new SheetContent("Nhiệm vụ", Title(report, issuingOffice),
            ["STT", "Số thông báo", "Mục", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Tình trạng tại ngày chốt", "Thời hạn",
             "Ngày hoàn thành", "Số ngày quá hạn", "Ngày nhập", "Mã nhiệm vụ"],
            rows);
    }

    /// <summary>The notices sheet: when each notice's tasks were entered.</summary>
    public static SheetContent Notices(PeriodicReport report, string issuingOffice, int entryWorkingDays)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rows = report.Notices.Select((n, i) => new object?[]
        {
            i + 1, n.NoticeNumber, n.IssuedOn is { } issued ? ReportTitles.Date(issued) : null, ReportTitles.Date(n.EnteredOn),
            n.WorkingDaysAfterIssue, n.WithinRule switch { true => "Đúng hạn", false => "Chậm", null => "Không rõ ngày ban hành" }, n.NoticeId,
        }).ToList();
        return new SheetContent("Nhập thông báo", Title(report, issuingOffice),
            ["STT", "Số thông báo", "Ngày ban hành", "Ngày nhập nhiệm vụ", "Số ngày làm việc sau ban hành", $"Nhập trong {entryWorkingDays} ngày làm việc", "Mã thông báo"],
            rows);
    }

    private static List<string> Title(PeriodicReport report, string issuingOffice) =>
    [
        issuingOffice.ToUpper(System.Globalization.CultureInfo.GetCultureInfo("vi-VN")),
        ReportTitles.Title(report.Period),
        $"Số liệu tính đến hết ngày {ReportTitles.Date(report.Period.CutOff)}; hạn gửi báo cáo: {ReportTitles.Date(report.DueOn)}.",
    ];

    private static object?[] Counts(int? rank, string code, string name, AgencyTally t, double? score) =>
    [
        rank, code, name, t.Total, t.CompletedOnTime, t.CompletedLate, t.InProgressOnTime, t.InProgressOverdue,
        t.CompletionRate, t.OnTimeRate, t.MaxDaysOverdue, t.AssignedInPeriod, t.Cancelled, score,
    ];
}
