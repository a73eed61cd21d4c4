namespace Serverless.Tracking.Reporting;

/// <summary>Merges the date histories of a task's deadlines into the history of its earliest due date.</summary>
public static class DueDateTimeline
{
    /// <summary>
    /// Each deadline's revisions (oldest first) in, the task's earliest due date over time out: one revision per day
    /// on which the earliest date changed, the last change of a day winning.
    /// </summary>
    public static IReadOnlyList<DueDateRevision> Earliest(IEnumerable<IReadOnlyList<DueDateRevision>> deadlines)
    {
        ArgumentNullException.ThrowIfNull(deadlines);
        var all = deadlines.ToList();
        var days = all.SelectMany(d => d).Select(r => r.EffectiveOn).Distinct().Order().ToList();
        var result = new List<DueDateRevision>();
        foreach (var day in days)
        {
            DateOnly? earliest = null;
            foreach (var deadline in all)
            {
                if (InForce(deadline, day) is { } due && (earliest is null || due < earliest)) earliest = due;
            }
            if (earliest is { } value && (result.Count == 0 || result[^1].DueDate != value))
                result.Add(new DueDateRevision(day, value));
        }
        return result;
    }

    private static DateOnly? InForce(IReadOnlyList<DueDateRevision> revisions, DateOnly day)
    {
        DateOnly? due = null;
        foreach (var revision in revisions)
        {
            if (revision.EffectiveOn > day) break;
            due = revision.DueDate;
        }
        return due;
    }
}
