using System.Globalization;
using Serverless.Grains;
using Serverless.Tracking;

namespace Serverless.Functions.Importing;

/// <summary>Turns an import request into a notice definition, or reports every field at fault.</summary>
public sealed class NoticeImportValidator(AgencyDirectory agencies, TrackingClock clock)
{
    private const int MaxDirectives = 300;
    private const int MaxTasksPerDirective = 500;
    private const int MaxDeadlinesPerTask = 10;

    /// <summary>The definition, or null with <paramref name="errors"/> filled in.</summary>
    public NoticeDefinition? Validate(NoticeImportRequest request, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(errors);
        if (!TrackingIds.IsValidNoticeId(request.Id))
            errors.Add("id", "Mã thông báo bắt buộc: 1-64 ký tự a-z, 0-9, '-' hoặc '_', bắt đầu bằng chữ hoặc số.");
        var number = TextInput.Optional(request.Number, "number", 64, errors);
        var title = TextInput.Required(request.Title, "title", 500, errors);
        var issuer = TextInput.Required(request.Issuer, "issuer", 200, errors);
        var issuedOn = TextInput.Date(request.IssuedOn, "issuedOn", errors, required: true);
        var meetingDate = TextInput.Date(request.MeetingDate, "meetingDate", errors, required: false);
        if (issuedOn > clock.Today)
            errors.Add("issuedOn", $"Ngày ban hành không thể sau hôm nay ({clock.Today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}).");

        var directives = new List<DirectiveDefinition>();
        if (request.Directives is not { Count: > 0 })
            errors.Add("directives", "Thông báo phải có ít nhất một mục chỉ đạo.");
        else if (request.Directives.Count > MaxDirectives)
            errors.Add("directives", $"Tối đa {MaxDirectives} mục chỉ đạo.");
        else
        {
            var seen = new HashSet<int>();
            for (var i = 0; i < request.Directives.Count; i++)
            {
                if (ValidateDirective(request.Id ?? "", number ?? request.Id ?? "", issuedOn, request.Directives[i], $"directives[{i}]", seen, errors) is { } d)
                    directives.Add(d);
            }
        }

        return errors.IsEmpty
            ? new NoticeDefinition(request.Id!, number ?? "", title!, issuer!, issuedOn!.Value, meetingDate, directives)
            : null;
    }

    /// <summary>
    /// The directives a valid definition would leave untracked: tracked directives with no task (each named by its
    /// field path), or the whole notice when it would create no task at all. Empty when the import may go ahead.
    /// </summary>
    public static FieldErrors Untracked(NoticeImportRequest request, NoticeDefinition notice)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(notice);
        var errors = new FieldErrors();
        for (var i = 0; i < request.Directives!.Count; i++)
        {
            var directive = request.Directives[i]!;
            if (directive.Track != false && (directive.Tasks ?? []).Count == 0)
                errors.Add($"directives[{i}].tasks", $"Mục {directive.Number} không có cơ quan chủ trì nào: thêm nhiệm vụ, hoặc đánh dấu \"track\": false nếu mục này không cần theo dõi.");
        }
        if (errors.IsEmpty && !notice.AllTasks.Any())
            errors.Add("directives", "Thông báo sẽ không tạo nhiệm vụ nào: thêm cơ quan chủ trì cho ít nhất một mục.");
        return errors;
    }

    private DirectiveDefinition? ValidateDirective(string noticeId, string noticeNumber, DateOnly? issuedOn, DirectiveImportRequest? request, string path, HashSet<int> seen, FieldErrors errors)
    {
        if (request is null)
        {
            errors.Add(path, "Mục chỉ đạo không được là null.");
            return null;
        }
        if (request.Number is not { } number || number is < 1 or > 9999)
            errors.Add($"{path}.number", "Số thứ tự mục bắt buộc, từ 1 đến 9999.");
        else if (!seen.Add(number))
            errors.Add($"{path}.number", $"Số thứ tự {number} bị trùng.");
        var text = TextInput.Required(request.Text, $"{path}.text", 20_000, errors, multiline: true);

        var tasks = new List<TaskDefinition>();
        var requested = request.Tasks ?? [];
        if (request.Track == false && requested.Count > 0)
            errors.Add($"{path}.tasks", "Mục đánh dấu không theo dõi (track: false) thì không có nhiệm vụ.");
        if (requested.Count > MaxTasksPerDirective)
            errors.Add($"{path}.tasks", $"Tối đa {MaxTasksPerDirective} nhiệm vụ mỗi mục.");
        for (var t = 0; t < requested.Count && t < MaxTasksPerDirective; t++)
        {
            if (ValidateTask(requested[t], $"{path}.tasks[{t}]", issuedOn, errors) is { } task && request.Number is { } n)
                tasks.Add(task with
                {
                    TaskId = TrackingIds.TaskId(noticeId, n, t + 1),
                    NoticeId = noticeId,
                    NoticeNumber = noticeNumber,
                    DirectiveNumber = n,
                });
        }
        return text is null || request.Number is null ? null : new DirectiveDefinition(request.Number.Value, text, tasks);
    }

    private TaskDefinition? ValidateTask(TaskImportRequest? request, string path, DateOnly? issuedOn, FieldErrors errors)
    {
        if (request is null)
        {
            errors.Add(path, "Nhiệm vụ không được là null.");
            return null;
        }
        var content = TextInput.Required(request.Content, $"{path}.content", 4_000, errors, multiline: true);
        var title = TextInput.Optional(request.Title, $"{path}.title", 300, errors);
        var lead = request.LeadAgency;
        if (string.IsNullOrWhiteSpace(lead))
            errors.Add($"{path}.leadAgency", "Cơ quan chủ trì bắt buộc.");
        else if (!agencies.Contains(lead))
            errors.Add($"{path}.leadAgency", $"Mã cơ quan không tồn tại: {lead}.");
        else if (lead == agencies.Leadership)
            errors.Add($"{path}.leadAgency", $"Lãnh đạo ({lead}) không thể là cơ quan chủ trì: nhiệm vụ quá hạn sẽ báo cáo lên chính Lãnh đạo.");
        else if (!agencies.IsActive(lead))
            errors.Add($"{path}.leadAgency", $"Cơ quan {lead} đã ngừng hoạt động: không giao nhiệm vụ mới.");

        var coordinating = new List<string>();
        var requestedCoordinating = request.CoordinatingAgencies ?? [];
        for (var i = 0; i < requestedCoordinating.Count; i++)
        {
            var code = requestedCoordinating[i];
            var field = $"{path}.coordinatingAgencies[{i}]";
            if (string.IsNullOrWhiteSpace(code) || !agencies.Contains(code)) errors.Add(field, $"Mã cơ quan không tồn tại: {code}.");
            else if (!agencies.IsActive(code)) errors.Add(field, $"Cơ quan {code} đã ngừng hoạt động: không giao nhiệm vụ mới.");
            else if (code == lead) errors.Add(field, "Cơ quan phối hợp trùng cơ quan chủ trì.");
            else if (coordinating.Contains(code)) errors.Add(field, "Cơ quan phối hợp bị trùng.");
            else coordinating.Add(code);
        }

        var dates = new List<DateOnly>();
        var requestedDates = request.Deadlines ?? [];
        if (requestedDates.Count > MaxDeadlinesPerTask)
            errors.Add($"{path}.deadlines", $"Tối đa {MaxDeadlinesPerTask} thời hạn mỗi nhiệm vụ.");
        for (var i = 0; i < requestedDates.Count && i < MaxDeadlinesPerTask; i++)
        {
            var field = $"{path}.deadlines[{i}]";
            if (TextInput.Date(requestedDates[i], field, errors, required: true) is not { } date) continue;
            if (date < issuedOn)
                errors.Add(field, $"Thời hạn không thể trước ngày ban hành thông báo ({issuedOn!.Value.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}).");
            else if (!dates.Contains(date))
                dates.Add(date);
        }
        dates.Sort();

        TaskTiming? timing = request.Timing switch
        {
            null => requestedDates.Count > 0 ? TaskTiming.Dated : TaskTiming.Regular,
            "dated" => TaskTiming.Dated,
            "regular" => TaskTiming.Regular,
            "conditional" => TaskTiming.Conditional,
            _ => null,
        };
        if (timing is null)
            errors.Add($"{path}.timing", "Phải là dated, regular hoặc conditional.");
        else if (timing == TaskTiming.Dated && requestedDates.Count == 0)
            errors.Add($"{path}.deadlines", "Nhiệm vụ có thời hạn cần ít nhất một ngày.");
        else if (timing != TaskTiming.Dated && requestedDates.Count > 0)
            errors.Add($"{path}.deadlines", "Nhiệm vụ thường xuyên hoặc chờ điều kiện không có ngày hạn khi nhập.");

        return content is null || lead is null || timing is null
            ? null
            : new TaskDefinition("", "", "", 0, content, lead, coordinating, dates, timing.Value, title);
    }
}
