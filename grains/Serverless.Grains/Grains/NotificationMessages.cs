using System.Globalization;
using Serverless.Tracking;

namespace Serverless.Grains.Grains;

/// <summary>The Vietnamese texts of reminders and escalations.</summary>
public static class NotificationMessages
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    // The counts are the real ones on the Vietnamese date of sending, never the stage's nominal offset: a stage sent
    // late (after an outage, or between midnight and the next stage's 08:00) must not understate the delay.

    /// <summary>The reminder a coordinating agency gets for a stage, as of <paramref name="today"/> (Vietnam date).</summary>
    public static string ForCoordinating(DeadlineDefinition deadline, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        var due = deadline.DueDate.ToString("dd/MM/yyyy", Vietnamese);
        var task = $"nhiệm vụ “{deadline.TaskSummary}” (Thông báo số {deadline.NoticeNumber}) do {deadline.LeadAgencyName} chủ trì";
        var days = today.DayNumber - deadline.DueDate.DayNumber;
        return days switch
        {
            < 0 => $"Nhắc việc (phối hợp): {task} đến hạn ngày {due}, còn {-days} ngày. Đề nghị phối hợp thực hiện.",
            0 => $"Nhắc việc (phối hợp): hôm nay ({due}) là hạn hoàn thành {task}.",
            _ => $"Nhắc việc (phối hợp): {task} đã quá hạn {days} ngày (hạn {due}). Đề nghị phối hợp hoàn thành.",
        };
    }

    /// <summary>The message for a stage of a deadline, as of <paramref name="today"/> (Vietnam date).</summary>
    public static string For(DeadlineDefinition deadline, ScheduledStage stage, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        ArgumentNullException.ThrowIfNull(stage);
        var due = deadline.DueDate.ToString("dd/MM/yyyy", Vietnamese);
        var task = $"“{deadline.TaskSummary}” (Thông báo số {deadline.NoticeNumber})";
        var days = today.DayNumber - deadline.DueDate.DayNumber;
        return (stage.Level, days) switch
        {
            (0, < 0) => $"Nhắc việc: nhiệm vụ {task} đến hạn ngày {due}, còn {-days} ngày.",
            (0, 0) => $"Nhắc việc: hôm nay ({due}) là hạn hoàn thành nhiệm vụ {task}. Đề nghị báo cáo kết quả.",
            (0 or 1, _) => $"Nhiệm vụ {task} đã quá hạn {days} ngày (hạn {due}). Đề nghị {deadline.LeadAgencyName} khẩn trương hoàn thành và báo cáo.",
            (2, _) => $"Báo cáo quá hạn: {deadline.LeadAgencyName} chưa hoàn thành nhiệm vụ {task}, quá hạn {days} ngày (hạn {due}). Đề nghị Văn phòng đôn đốc.",
            _ => $"Báo cáo Lãnh đạo: {deadline.LeadAgencyName} chưa hoàn thành nhiệm vụ {task}, quá hạn {days} ngày (hạn {due}).",
        };
    }

    /// <summary>The request for more time, to the leadership and the office that decide on it.</summary>
    public static string ExtensionRequested(TaskDefinition task, string leadAgencyName, ExtensionRequest request)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(request);
        return $"Đề nghị gia hạn: {leadAgencyName} đề nghị gia hạn nhiệm vụ “{Summary(task)}” (Thông báo số {task.NoticeNumber}) "
            + $"từ {Day(request.CurrentDueDate)} đến {Day(request.RequestedDueDate)}. Lý do: {request.Reason} Đề nghị Lãnh đạo xem xét, quyết định.";
    }

    /// <summary>The leadership's decision, to the lead agency that asked.</summary>
    public static string ExtensionDecided(TaskDefinition task, ExtensionRequest request)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(request);
        var note = string.IsNullOrEmpty(request.DecisionNote) ? "" : $" Ý kiến: {request.DecisionNote}";
        return request.Decision == ExtensionDecision.Approved
            ? $"Lãnh đạo đồng ý gia hạn nhiệm vụ “{Summary(task)}” (Thông báo số {task.NoticeNumber}) đến {Day(request.RequestedDueDate)} (hạn cũ {Day(request.CurrentDueDate)}).{note}"
            : $"Lãnh đạo không đồng ý gia hạn nhiệm vụ “{Summary(task)}” (Thông báo số {task.NoticeNumber}) đến {Day(request.RequestedDueDate)}; giữ thời hạn {Day(request.CurrentDueDate)}.{note}";
    }

    private static string Day(DateOnly date) => date.ToString("dd/MM/yyyy", Vietnamese);

    private static string Summary(TaskDefinition task) => task.Content.Length <= 160 ? task.Content : task.Content[..157] + "...";
}
