using System.Globalization;
using Serverless.Tracking;

namespace Serverless.Grains.Grains;

/// <summary>The Vietnamese texts of explanation requests, urgings and quiet-progress reminders.</summary>
public static class FollowUpMessages
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>The task as messages name it: its text (shortened) and its notice.</summary>
    public static string TaskLabel(TaskDefinition task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var summary = task.Content.Length <= 160 ? task.Content : task.Content[..157] + "...";
        return $"“{summary}” (Thông báo số {task.NoticeNumber})";
    }

    /// <summary>The request itself, sent to the lead agency when a leader or the office asks.</summary>
    public static string ExplanationRequested(TaskDefinition task, string leadName, ExplanationState request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"Yêu cầu giải trình: nhiệm vụ {TaskLabel(task)} đã quá hạn (hạn {Format(request.OverdueDueDate)}). " +
            $"Đề nghị {leadName} gửi giải trình lý do chậm trễ trước ngày {Format(request.AnswerDueDate)}. Nội dung yêu cầu: {request.Reason}";
    }

    /// <summary>A reminder or escalation of an unanswered request.</summary>
    public static string ExplanationStage(TaskDefinition task, string leadName, ExplanationState request, ScheduledStage stage)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(stage);
        var answerDue = Format(request.AnswerDueDate);
        var label = TaskLabel(task);
        return (stage.Level, stage.DayOffset) switch
        {
            (0, < 0) => $"Nhắc giải trình: đề nghị {leadName} gửi giải trình về việc chậm thực hiện nhiệm vụ {label}; hạn gửi giải trình là ngày {answerDue}.",
            (0, _) => $"Nhắc giải trình: hôm nay ({answerDue}) là hạn gửi giải trình về việc chậm thực hiện nhiệm vụ {label}.",
            (1, _) => $"Đã quá hạn gửi giải trình (hạn {answerDue}) về việc chậm thực hiện nhiệm vụ {label}. Đề nghị {leadName} gửi giải trình ngay.",
            (2, _) => $"Quá hạn giải trình: {leadName} chưa gửi giải trình về việc chậm thực hiện nhiệm vụ {label} (hạn giải trình {answerDue}). Đề nghị Văn phòng đôn đốc.",
            _ => $"Báo cáo Lãnh đạo: {leadName} chưa gửi giải trình về việc chậm thực hiện nhiệm vụ {label} (hạn giải trình {answerDue}).",
        };
    }

    /// <summary>A reminder or escalation of a task whose lead agency has gone quiet.</summary>
    public static string QuietStage(TaskDefinition task, string leadName, DateOnly quietSince, int quietAfterWorkingDays, ScheduledStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        var label = TaskLabel(task);
        var since = Format(quietSince);
        return stage.Level switch
        {
            0 or 1 => $"Nhắc báo cáo tiến độ: nhiệm vụ {label} chưa có báo cáo tiến độ của {leadName} từ ngày {since} (quá {quietAfterWorkingDays} ngày làm việc). Đề nghị báo cáo tình hình thực hiện.",
            2 => $"Chậm báo cáo tiến độ: {leadName} chưa báo cáo tiến độ nhiệm vụ {label} từ ngày {since}, đã được nhắc nhưng chưa báo cáo. Đề nghị Văn phòng đôn đốc.",
            _ => $"Báo cáo Lãnh đạo: {leadName} chưa báo cáo tiến độ nhiệm vụ {label} từ ngày {since}.",
        };
    }

    /// <summary>An urging, worded for whom it goes to.</summary>
    public static string Urged(TaskDefinition task, string agencyName, UrgingLevel level, string byRole, DateOnly? dueDate, string reason)
    {
        var label = TaskLabel(task);
        var due = dueDate is { } d ? $" (hạn {Format(d)})" : "";
        var by = byRole == "leader" ? "Lãnh đạo" : "Văn phòng";
        return level switch
        {
            UrgingLevel.Agency => $"Đôn đốc ({by}): đề nghị {agencyName} khẩn trương thực hiện nhiệm vụ {label}{due} và báo cáo kết quả. Lý do: {reason}",
            UrgingLevel.SupervisingOffice => $"Đôn đốc ({by}): đề nghị đôn đốc {agencyName} khẩn trương thực hiện nhiệm vụ {label}{due}. Lý do: {reason}",
            _ => $"Báo cáo Lãnh đạo ({by} đôn đốc): {agencyName} cần khẩn trương thực hiện nhiệm vụ {label}{due}. Lý do: {reason}",
        };
    }

    /// <summary>A date as Vietnamese texts write it.</summary>
    public static string Format(DateOnly date) => date.ToString("dd/MM/yyyy", Vietnamese);
}
