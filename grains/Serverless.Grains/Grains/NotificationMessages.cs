using System.Globalization;
using Serverless.Tracking;

namespace Serverless.Grains.Grains;

/// <summary>The Vietnamese texts of reminders and escalations.</summary>
public static class NotificationMessages
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>The reminder a coordinating agency gets for a stage.</summary>
    public static string ForCoordinating(DeadlineDefinition deadline, ScheduledStage stage)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        ArgumentNullException.ThrowIfNull(stage);
        var due = deadline.DueDate.ToString("dd/MM/yyyy", Vietnamese);
        return stage.DayOffset < 0
            ? $"Nhắc việc (phối hợp): nhiệm vụ “{deadline.TaskSummary}” (Thông báo số {deadline.NoticeNumber}) do {deadline.LeadAgencyName} chủ trì đến hạn ngày {due}, còn {-stage.DayOffset} ngày. Đề nghị phối hợp thực hiện."
            : $"Nhắc việc (phối hợp): hôm nay ({due}) là hạn hoàn thành nhiệm vụ “{deadline.TaskSummary}” (Thông báo số {deadline.NoticeNumber}) do {deadline.LeadAgencyName} chủ trì.";
    }

    /// <summary>The message for a stage of a deadline.</summary>
    public static string For(DeadlineDefinition deadline, ScheduledStage stage)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        ArgumentNullException.ThrowIfNull(stage);
        var due = deadline.DueDate.ToString("dd/MM/yyyy", Vietnamese);
        var task = $"“{deadline.TaskSummary}” (Thông báo số {deadline.NoticeNumber})";
        return (stage.Level, stage.DayOffset) switch
        {
            (0, < 0) => $"Nhắc việc: nhiệm vụ {task} đến hạn ngày {due}, còn {-stage.DayOffset} ngày.",
            (0, _) => $"Nhắc việc: hôm nay ({due}) là hạn hoàn thành nhiệm vụ {task}. Đề nghị báo cáo kết quả.",
            (1, _) => $"Nhiệm vụ {task} đã quá hạn {stage.DayOffset} ngày (hạn {due}). Đề nghị {deadline.LeadAgencyName} khẩn trương hoàn thành và báo cáo.",
            (2, _) => $"Báo cáo quá hạn: {deadline.LeadAgencyName} chưa hoàn thành nhiệm vụ {task}, quá hạn {stage.DayOffset} ngày (hạn {due}). Đề nghị Văn phòng đôn đốc.",
            _ => $"Báo cáo Lãnh đạo: {deadline.LeadAgencyName} chưa hoàn thành nhiệm vụ {task}, quá hạn {stage.DayOffset} ngày (hạn {due}).",
        };
    }
}
