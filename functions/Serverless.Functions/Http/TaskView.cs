using Serverless.Grains;
using Serverless.Tracking;

namespace Serverless.Functions.Http;

/// <summary>A task in full, as GET /api/tasks/{id} returns it.</summary>
public sealed record TaskView(
    string Id, string NoticeId, string NoticeNumber, int DirectiveNumber, string Content,
    string LeadAgency, IReadOnlyList<string> CoordinatingAgencies, DirectiveTaskStatus Status,
    ProgressCategory? Category, string? CategoryLabel, DateOnly? CompletedOn, DateTimeOffset CreatedAt,
    IReadOnlyList<DeadlineView> Deadlines, IReadOnlyList<ProgressReport> Reports, IReadOnlyList<HistoryEntry> History,
    TaskTiming Timing, IReadOnlyList<ExtensionRequest> Extensions, int? DaysOverdue,
    IReadOnlyList<ExplanationSnapshot> Explanations, IReadOnlyList<Urging> Urgings, QuietWatchSnapshot? QuietProgress,
    string? Title = null)
{
    /// <summary>
    /// Where each notification of the task was delivered (GET /api/tasks/{id} only). Absent when nothing was
    /// delivered yet, while the ledger cannot be read (storage outage), and in the answers to commands. An agency
    /// sees the copies sent to itself, not those sent up the ladder.
    /// </summary>
    public IReadOnlyList<NotificationDeliveriesView>? Deliveries { get; init; }

    /// <summary>Maps a task snapshot, classifying it as of <paramref name="today"/>.</summary>
    public static TaskView From(TaskSnapshot task, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(task);
        var d = task.Definition;
        // Current due dates live in the deadlines (extensions move them), not in the imported definition.
        var due = task.Deadlines.Count > 0 ? task.Deadlines.Min(x => x.DueDate) : (DateOnly?)null;
        var category = ProgressCategories.Classify(task.Status, due, task.CompletedOn, today);
        return new TaskView(d.TaskId, d.NoticeId, d.NoticeNumber, d.DirectiveNumber, d.Content, d.LeadAgency,
            d.CoordinatingAgencies, task.Status, category, category is { } c ? ProgressCategories.Label(c) : null,
            task.CompletedOn, task.CreatedAt, task.Deadlines.Select(DeadlineView.From).ToList(), task.Reports, task.History, d.Timing,
            task.Extensions ?? [], category == ProgressCategory.InProgressOverdue ? today.DayNumber - due!.Value.DayNumber : null,
            task.Explanations ?? [], task.Urgings ?? [], task.QuietWatch, d.Title);
    }
}
