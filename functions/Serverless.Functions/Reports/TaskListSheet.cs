using Serverless.Grains.Storage;
using Serverless.Tracking;
using Serverless.Tracking.Reporting;

namespace Serverless.Functions.Reports;

/// <summary>A task list as one export sheet, classified as of today.</summary>
public static class TaskListSheet
{
    /// <summary>The sheet; <paramref name="truncated"/> adds a line saying the list was cut at <paramref name="rows"/>' count.</summary>
    public static SheetContent Build(IReadOnlyList<TaskIndexEntry> rows, bool truncated, DateOnly today, AgencyDirectory agencies, WorkingDays workingDays,
        int dueSoonWorkingDays, string issuingOffice)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var title = new List<string>
        {
            issuingOffice.ToUpper(System.Globalization.CultureInfo.GetCultureInfo("vi-VN")),
            "DANH SÁCH NHIỆM VỤ",
            $"Tình trạng tính đến ngày {ReportTitles.Date(today)}.",
        };
        if (truncated) title.Add($"Chỉ gồm {rows.Count} nhiệm vụ đầu tiên; hãy lọc theo cơ quan hoặc trạng thái để xuất phần còn lại.");
        return new SheetContent("Nhiệm vụ", title,
            ["STT", "Số thông báo", "Mục", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Tình trạng", "Thời hạn",
             "Ngày hoàn thành", "Số ngày quá hạn", "Sắp đến hạn", "Mã nhiệm vụ"],
            rows.Select((e, i) =>
            {
                var category = ProgressCategories.Classify(e.Status, e.DueDate, e.CompletedOn, today);
                return new object?[]
                {
                    i + 1, e.NoticeNumber, e.DirectiveNumber, e.Content, PeriodicReportView.NameOf(agencies, e.LeadAgency),
                    string.Join(", ", e.CoordinatingAgencies.Select(c => PeriodicReportView.NameOf(agencies, c))),
                    e.Status == DirectiveTaskStatus.Cancelled ? "Đã hủy" : category is { } c ? ProgressCategories.Label(c) : null,
                    e.DueDate is { } due ? ReportTitles.Date(due) : null,
                    e.CompletedOn is { } done ? ReportTitles.Date(done) : null,
                    category == ProgressCategory.InProgressOverdue ? today.DayNumber - e.DueDate!.Value.DayNumber : null,
                    DueSoon.Applies(e.Status, e.DueDate, today, workingDays, dueSoonWorkingDays) ? "Có" : null,
                    e.TaskId,
                };
            }).ToList());
    }
}
