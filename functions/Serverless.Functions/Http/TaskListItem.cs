using Serverless.Grains;
using Serverless.Tracking;
using Serverless.Grains.Storage;

namespace Serverless.Functions.Http;

/// <summary>A task as lists show it.</summary>
public sealed record TaskListItem(
    string Id, string NoticeId, string NoticeNumber, int DirectiveNumber, string Content,
    string LeadAgency, IReadOnlyList<string> CoordinatingAgencies, DirectiveTaskStatus Status,
    DateOnly? DueDate, DateOnly? CompletedOn, int? DaysOverdue, ProgressCategory? Category, string? CategoryLabel,
    DateTimeOffset? LastReportAt, TaskTiming Timing, int PendingExtensions, PendingExtensionView? PendingExtension, string? Title)
{
    /// <summary>Maps an index entry, classifying it as of <paramref name="today"/>.</summary>
    public static TaskListItem From(TaskIndexEntry e, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(e);
        var category = ProgressCategories.Classify(e.Status, e.DueDate, e.CompletedOn, today);
        int? daysOverdue = category == ProgressCategory.InProgressOverdue ? today.DayNumber - e.DueDate!.Value.DayNumber : null;
        return new TaskListItem(e.TaskId, e.NoticeId, e.NoticeNumber, e.DirectiveNumber, e.Content, e.LeadAgency,
            e.CoordinatingAgencies, e.Status, e.DueDate, e.CompletedOn, daysOverdue, category,
            category is { } c ? ProgressCategories.Label(c) : null, e.LastReportAt, e.Timing, e.PendingExtensions,
            e.PendingExtensions > 0 && e.PendingRequestedDueDate is { } requested ? new PendingExtensionView(requested, e.PendingReason ?? "") : null,
            e.Title);
    }
}
