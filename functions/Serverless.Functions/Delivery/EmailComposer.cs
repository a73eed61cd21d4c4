using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.Options;
using MimeKit;
using Serverless.Functions.Dispatch;
using Serverless.Tracking;
using Serverless.Grains.Storage;

namespace Serverless.Functions.Delivery;

/// <summary>
/// The Vietnamese email of one notification for one contact: plain text and HTML, the task's content, the due date
/// (dd/MM/yyyy), days left or overdue as of the stage, what is asked, and a link to the task. The Message-ID is
/// derived from the notification id and the address, so a resend is recognisably the same message.
/// </summary>
public sealed class EmailComposer(IOptions<SmtpOptions> smtp, IOptions<DeliveryOptions> delivery, AgencyDirectory agencies)
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    // Markup characters are escaped; Vietnamese letters stay as they are (readable in the HTML source).
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Builds the message.</summary>
    public MimeMessage Compose(NotificationMessageBody notification, DeliveryTarget target, TaskIndexEntry? task)
    {
        ArgumentNullException.ThrowIfNull(notification);
        ArgumentNullException.ThrowIfNull(target);
        var from = smtp.Value.FromAddress ?? "no-reply@localhost";
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(smtp.Value.FromName, from));
        message.To.Add(new MailboxAddress(target.Name ?? "", target.Address));
        message.MessageId = MessageIdFor(notification.Id, target.Address, from);
        message.Date = notification.ScheduledFor;
        message.Subject = Subject(notification, task);
        message.Headers.Add("X-Notification-Id", notification.Id);

        var facts = Facts(notification, task);
        var url = delivery.Value.TaskUrl(notification.TaskId);
        var greeting = $"Kính gửi {(string.IsNullOrEmpty(target.Name) ? AgencyName(notification.Recipient) : target.Name)},";
        var ask = Ask(notification);

        var text = new StringBuilder()
            .AppendLine(greeting).AppendLine()
            .AppendLine(notification.Message).AppendLine();
        foreach (var (label, value) in facts) text.Append(label).Append(": ").AppendLine(value);
        text.AppendLine().AppendLine(ask).AppendLine()
            .Append("Xem nhiệm vụ: ").AppendLine(url)
            .Append("Mã thông báo (dùng khi xác nhận đã nhận): ").AppendLine(notification.Id);

        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>").Append(Encode(message.Subject)).Append("</title></head><body>")
            .Append("<p>").Append(Encode(greeting)).Append("</p>")
            .Append("<p><strong>").Append(Encode(notification.Message)).Append("</strong></p>")
            .Append("<table cellpadding=\"4\" style=\"border-collapse:collapse\">");
        foreach (var (label, value) in facts)
            html.Append("<tr><th align=\"left\">").Append(Encode(label)).Append("</th><td>").Append(Encode(value)).Append("</td></tr>");
        html.Append("</table>")
            .Append("<p>").Append(Encode(ask)).Append("</p>")
            .Append("<p><a href=\"").Append(Encode(url)).Append("\">Xem nhiệm vụ</a></p>")
            .Append("<p style=\"color:#666\">Mã thông báo: ").Append(Encode(notification.Id)).Append("</p></body></html>");

        message.Body = new BodyBuilder { TextBody = text.ToString(), HtmlBody = html.ToString() }.ToMessageBody();
        return message;
    }

    /// <summary>Days from the stage's Vietnamese date to the due date: positive left, negative overdue.</summary>
    public static int DaysLeft(NotificationMessageBody notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return notification.DueDate.DayNumber - VietnamTime.DateOf(notification.ScheduledFor).DayNumber;
    }

    /// <summary>"còn 3 ngày", "đến hạn hôm nay" or "quá hạn 12 ngày".</summary>
    public static string Standing(int daysLeft) => daysLeft switch
    {
        > 0 => $"còn {daysLeft} ngày",
        0 => "đến hạn hôm nay",
        _ => $"quá hạn {-daysLeft} ngày",
    };

    internal static string MessageIdFor(string notificationId, string address, string from)
    {
        var domain = from[(from.LastIndexOf('@') + 1)..];
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(address.ToUpperInvariant())))[..12];
        return $"{notificationId}.{hash}@{domain}";
    }

    private static string Subject(NotificationMessageBody n, TaskIndexEntry? task)
    {
        var what = task is null ? $"Nhiệm vụ {n.TaskId}" : $"Nhiệm vụ {task.DirectiveNumber} - Thông báo số {task.NoticeNumber}";
        var due = Format(n.DueDate);
        var standing = Standing(DaysLeft(n));
        return $"[{Tag(n)}] {what}: hạn {due} ({standing})";
    }

    // Deadline notifications are told apart by level; follow-ups (extensions, explanations, progress, urgings) by kind.
    private static string Tag(NotificationMessageBody n) => n.Kind switch
    {
        "reminder" => "Nhắc việc",
        "escalation" => "Quá hạn",
        "extension-requested" => "Đề nghị gia hạn",
        "extension-approved" => "Chấp thuận gia hạn",
        "extension-rejected" => "Không chấp thuận gia hạn",
        "explanation-request" => "Yêu cầu giải trình",
        "explanation-reminder" => "Nhắc giải trình",
        "explanation-escalation" => "Quá hạn giải trình",
        "progress-reminder" => "Nhắc báo cáo tiến độ",
        "progress-escalation" => "Chưa báo cáo tiến độ",
        "urging" => "Đôn đốc",
        _ => n.Level == 0 ? "Nhắc việc" : "Quá hạn",
    };

    private List<(string Label, string Value)> Facts(NotificationMessageBody n, TaskIndexEntry? task)
    {
        var facts = new List<(string, string)>();
        if (task is not null)
        {
            facts.Add(("Thông báo số", task.NoticeNumber));
            facts.Add(("Nhiệm vụ số", task.DirectiveNumber.ToString(Vietnamese)));
            facts.Add(("Nội dung", task.Content));
            facts.Add(("Cơ quan chủ trì", AgencyName(task.LeadAgency)));
        }
        facts.Add(("Hạn hoàn thành", Format(n.DueDate)));
        facts.Add(("Tình trạng", Standing(DaysLeft(n))));
        facts.Add(("Cơ quan nhận", AgencyName(n.Recipient)));
        return facts;
    }

    private static string Ask(NotificationMessageBody n) => n.Kind switch
    {
        "extension-requested" => "Đề nghị xem xét và quyết định đề nghị gia hạn của cơ quan chủ trì.",
        "extension-approved" => "Đề nghị gia hạn đã được chấp thuận: đề nghị cơ quan hoàn thành theo hạn mới.",
        "extension-rejected" => "Đề nghị gia hạn không được chấp thuận: đề nghị cơ quan hoàn thành theo hạn đã giao.",
        "explanation-request" or "explanation-reminder" or "explanation-escalation" => "Đề nghị cơ quan gửi báo cáo giải trình trước hạn nêu trên.",
        "progress-reminder" or "progress-escalation" => "Đề nghị cơ quan cập nhật báo cáo tiến độ thực hiện nhiệm vụ.",
        "urging" => "Đề nghị cơ quan khẩn trương thực hiện và báo cáo kết quả.",
        _ => DeadlineAsk(n.Level),
    };

    private static string DeadlineAsk(int level) => level switch
    {
        0 => "Đề nghị cơ quan khẩn trương thực hiện và báo cáo kết quả trước hạn; nếu cần thêm thời gian, gửi đề nghị gia hạn kèm lý do.",
        1 => "Nhiệm vụ đã quá hạn: đề nghị cơ quan hoàn thành ngay, báo cáo lý do chậm và đề xuất gia hạn nếu cần.",
        2 => "Nhiệm vụ của cơ quan thuộc phạm vi quản lý đã quá hạn: đề nghị đôn đốc cơ quan chủ trì hoàn thành và báo cáo.",
        _ => "Báo cáo lãnh đạo: nhiệm vụ đã quá hạn, đề nghị chỉ đạo xử lý.",
    };

    private string AgencyName(string code) => agencies.Contains(code) ? agencies.Get(code).Name : code;

    private static string Format(DateOnly date) => date.ToString("dd/MM/yyyy", Vietnamese);

    private static string Encode(string text) => Html.Encode(text);
}
