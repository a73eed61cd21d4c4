using Azure.Data.Tables;
using Serverless.Tracking;

namespace Serverless.Grains.Storage;

/// <summary>A task index entry as a table row (every view row of a task carries the whole list item).</summary>
internal static class TaskIndexRows
{
    public static TableEntity ToEntity(TaskIndexEntry e, string partition, string rowKey, string role) => new(partition, rowKey)
    {
        ["TaskId"] = e.TaskId,
        ["NoticeId"] = e.NoticeId,
        ["NoticeNumber"] = e.NoticeNumber,
        ["DirectiveNumber"] = e.DirectiveNumber,
        ["Content"] = e.Content,
        ["LeadAgency"] = e.LeadAgency,
        ["CoordinatingAgencies"] = string.Join(',', e.CoordinatingAgencies),
        ["Role"] = role,
        ["Status"] = e.Status.ToString(),
        // Empty string rather than a missing property: "no due date" must still compare in filters.
        ["DueDate"] = e.DueDate is { } due ? TaskIndexKeys.Date(due) : "",
        ["CompletedOn"] = e.CompletedOn is { } done ? TaskIndexKeys.Date(done) : "",
        ["LastReportAt"] = e.LastReportAt,
        ["Timing"] = e.Timing.ToString(),
        ["PendingExtensions"] = e.PendingExtensions,
        ["PendingRequestedDueDate"] = e.PendingRequestedDueDate is { } requested ? TaskIndexKeys.Date(requested) : "",
        ["PendingReason"] = e.PendingReason ?? "",
        ["Title"] = e.Title ?? "",
    };

    public static TaskIndexEntry FromEntity(TableEntity e) => new(
        e.GetString("TaskId"),
        e.GetString("NoticeId"),
        e.GetString("NoticeNumber"),
        e.GetInt32("DirectiveNumber") ?? 0,
        e.GetString("Content"),
        e.GetString("LeadAgency"),
        e.GetString("CoordinatingAgencies") is { Length: > 0 } list ? list.Split(',') : [],
        Enum.Parse<DirectiveTaskStatus>(e.GetString("Status")),
        TaskIndexKeys.ParseDate(e.GetString("DueDate")),
        TaskIndexKeys.ParseDate(e.GetString("CompletedOn")),
        e.GetDateTimeOffset("LastReportAt"),
        Enum.TryParse<TaskTiming>(e.GetString("Timing"), out var timing) ? timing : TaskTiming.Dated,
        e.GetInt32("PendingExtensions") ?? 0,
        TaskIndexKeys.ParseDate(e.GetString("PendingRequestedDueDate")),
        e.GetString("PendingReason") is { Length: > 0 } reason ? reason : null,
        e.GetString("Title") is { Length: > 0 } title ? title : null);
}
