namespace Serverless.Tracking.Reporting;

/// <summary>"Sắp đến hạn": a task in progress whose due date is today or within the next N working days (default 3).</summary>
public static class DueSoon
{
    /// <summary>The shipped horizon: three working days.</summary>
    public const int DefaultWorkingDays = 3;

    /// <summary>The due dates that count as due soon on <paramref name="today"/>: from today to the N-th working day after it, inclusive.</summary>
    public static (DateOnly From, DateOnly To) Window(DateOnly today, WorkingDays workingDays, int days = DefaultWorkingDays)
    {
        ArgumentNullException.ThrowIfNull(workingDays);
        return (today, workingDays.Add(today, days));
    }

    /// <summary>True for a task in progress whose due date falls in <see cref="Window"/>; never for overdue, finished or undated tasks.</summary>
    public static bool Applies(DirectiveTaskStatus status, DateOnly? dueDate, DateOnly today, WorkingDays workingDays, int days = DefaultWorkingDays)
    {
        if (status != DirectiveTaskStatus.InProgress || dueDate is not { } due) return false;
        var (from, to) = Window(today, workingDays, days);
        return due >= from && due <= to;
    }
}
