namespace Serverless.Tracking.Reporting;

/// <summary>
/// What a periodic report needs to know about one task, with the dates of every change, so that a report can be
/// computed as of any cut-off and gives the same numbers whenever it is asked for again.
/// </summary>
/// <param name="TaskId">Task id.</param>
/// <param name="NoticeId">Notice id.</param>
/// <param name="NoticeNumber">The notice's official number.</param>
/// <param name="DirectiveNumber">Directive number inside the notice.</param>
/// <param name="Content">What must be done (shortened).</param>
/// <param name="LeadAgency">Lead agency code.</param>
/// <param name="CreatedAt">When the task was entered.</param>
/// <param name="CompletedOn">Vietnamese date of completion, if completed.</param>
/// <param name="CancelledOn">Vietnamese date of cancellation, if cancelled.</param>
/// <param name="DueDates">The earliest due date over time, oldest first; empty for tasks never given a date.</param>
/// <param name="NoticeIssuedOn">The notice's date of issue, when known.</param>
public sealed record TaskFacts(
    string TaskId,
    string NoticeId,
    string NoticeNumber,
    int DirectiveNumber,
    string Content,
    string LeadAgency,
    DateTimeOffset CreatedAt,
    DateOnly? CompletedOn,
    DateOnly? CancelledOn,
    IReadOnlyList<DueDateRevision> DueDates,
    DateOnly? NoticeIssuedOn)
{
    /// <summary>The Vietnamese date the task was entered.</summary>
    public DateOnly CreatedOn => VietnamTime.DateOf(CreatedAt);

    /// <summary>The day the task stopped being worked on (completed or cancelled), if it has.</summary>
    public DateOnly? EndedOn => CompletedOn ?? CancelledOn;

    /// <summary>The due date in force at the end of <paramref name="day"/>, or null if none was set by then.</summary>
    public DateOnly? DueDateOn(DateOnly day)
    {
        DateOnly? due = null;
        foreach (var revision in DueDates)
        {
            if (revision.EffectiveOn > day) break;
            due = revision.DueDate;
        }
        return due;
    }
}
