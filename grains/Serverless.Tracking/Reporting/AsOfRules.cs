namespace Serverless.Tracking.Reporting;

/// <summary>
/// Classifies a task as of a period's cut-off, using only what was true at the end of the cut-off day:
/// later completions, cancellations and extensions do not change a past period's report.
/// </summary>
public static class AsOfRules
{
    /// <summary>
    /// The task's standing in the period's report, or null when the report leaves it out: entered after the cut-off,
    /// cancelled on or before it, or completed before the period began (an earlier period reported it). A task
    /// completed inside the period is "hoàn thành" on time or late against the due date in force on the day it was
    /// completed; a task still open at the cut-off (even if completed later) is "đang thực hiện", overdue when the
    /// cut-off is past the due date in force on the cut-off day (extensions approved after the cut-off do not count).
    /// </summary>
    public static AsOfStanding? Classify(TaskFacts task, ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(period);
        var cutOff = period.CutOff;
        if (task.CreatedOn > cutOff) return null;
        if (task.CancelledOn is { } cancelled && cancelled <= cutOff) return null;

        if (task.CompletedOn is { } completed && completed <= cutOff)
        {
            if (completed < period.From) return null;
            var dueAtCompletion = task.DueDateOn(completed);
            return dueAtCompletion is { } d && completed > d
                ? new AsOfStanding(ProgressCategory.CompletedLate, d, completed.DayNumber - d.DayNumber)
                : new AsOfStanding(ProgressCategory.CompletedOnTime, dueAtCompletion, 0);
        }

        var due = task.DueDateOn(cutOff);
        return due is { } value && cutOff > value
            ? new AsOfStanding(ProgressCategory.InProgressOverdue, value, cutOff.DayNumber - value.DayNumber)
            : new AsOfStanding(ProgressCategory.InProgressOnTime, due, 0);
    }

    /// <summary>True when the task was cancelled inside the period (reported apart from the four categories).</summary>
    public static bool CancelledIn(TaskFacts task, ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(period);
        return task.CancelledOn is { } cancelled && period.Contains(cancelled) && task.CreatedOn <= period.CutOff;
    }
}
