using System.Text.RegularExpressions;

namespace Serverless.Tracking;

/// <summary>
/// Ids double as Table Storage keys and URL segments, so they are limited to a safe alphabet
/// (no '/', '\', '#', '?' or control characters, which Table keys forbid).
/// </summary>
public static partial class TrackingIds
{
    /// <summary>True for a valid notice id: 1-64 of a-z, 0-9, '-' and '_', starting with a letter or digit.</summary>
    public static bool IsValidNoticeId(string? id) => id is not null && NoticeIdShape().IsMatch(id);

    /// <summary>True for a string that could be a task id.</summary>
    public static bool IsValidTaskId(string? id) => id is not null && TaskIdShape().IsMatch(id);

    /// <summary>True for a client request id: 1-64 of A-Z, a-z, 0-9, '-' and '_'.</summary>
    public static bool IsValidClientRequestId(string? id) => id is not null && ClientRequestIdShape().IsMatch(id);

    /// <summary>The id of task <paramref name="taskIndex"/> (1-based) of directive <paramref name="directive"/>.</summary>
    public static string TaskId(string noticeId, int directive, int taskIndex) => $"{noticeId}.{directive}.{taskIndex}";

    /// <summary>The id of deadline <paramref name="index"/> (1-based) of a task.</summary>
    public static string DeadlineId(string taskId, int index) => $"{taskId}.d{index}";

    /// <summary>The deterministic id of a ladder stage's notification: the outbox and the broker dedupe on it.</summary>
    public static string NotificationId(string deadlineId, string stage) => $"{deadlineId}.{stage}";

    /// <summary>The id of explanation request <paramref name="index"/> (1-based) of a task: also its due-index key.</summary>
    public static string ExplanationId(string taskId, int index) => $"{taskId}.{ExplanationCheck(index)}";

    /// <summary>The name, within its task, of explanation request <paramref name="index"/>: "gt1", "gt2", ...</summary>
    public static string ExplanationCheck(int index) => $"gt{index}";

    /// <summary>The due-index key of a task's quiet-progress watch.</summary>
    public static string QuietWatchId(string taskId) => $"{taskId}.{QuietCheck}";

    /// <summary>The name, within its task, of the quiet-progress watch.</summary>
    public const string QuietCheck = "quiet";

    /// <summary>
    /// Splits a due-index key that names a check kept by a task (an explanation request or the quiet-progress
    /// watch) into the task id and the check's name; false for deadline ids and anything else.
    /// </summary>
    public static bool TryParseTaskCheck(string? dueId, out string taskId, out string check)
    {
        var match = dueId is null ? Match.Empty : TaskCheckShape().Match(dueId);
        taskId = match.Success ? match.Groups["task"].Value : "";
        check = match.Success ? match.Groups["check"].Value : "";
        return match.Success;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,63}$")]
    private static partial Regex NoticeIdShape();

    [GeneratedRegex(@"^(?<task>[a-z0-9][a-z0-9_-]{0,63}\.[0-9]{1,4}\.[0-9]{1,4})\.(?<check>gt[0-9]{1,4}|quiet)$")]
    private static partial Regex TaskCheckShape();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex ClientRequestIdShape();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9_-]{0,63}\.[0-9]{1,4}\.[0-9]{1,4}$")]
    private static partial Regex TaskIdShape();
}
