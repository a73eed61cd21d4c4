using System.Globalization;
using Serverless.Tracking;

namespace Serverless.Grains.Storage;

/// <summary>
/// The counter rows of late completions: per lead agency, the tasks completed after their due date, counted per day
/// of completion ("C{yyyy-MM}", one slot per day). With the due-day counters they tell how many tasks were overdue at
/// the end of any past day without a history of every task (see <see cref="OverdueHistory"/>).
/// </summary>
internal static class LateCompletions
{
    /// <summary>Late-completion rows sort in [Start, End), below the due-day rows ("M…", "U").</summary>
    public const string Start = "C";

    /// <inheritdoc cref="Start"/>
    public const string End = "D";

    /// <summary>The row and day a late completion counts in; null for a task not completed late.</summary>
    public static (string RowKey, int Day)? Bucket(DirectiveTaskStatus status, DateOnly? dueDate, DateOnly? completedOn) =>
        status == DirectiveTaskStatus.Completed && dueDate is { } due && completedOn is { } done && done > due
            ? (Start + done.ToString("yyyy-MM", CultureInfo.InvariantCulture), done.Day)
            : null;

    /// <summary>The first day of a row's month.</summary>
    public static DateOnly MonthOf(string rowKey) =>
        DateOnly.ParseExact(rowKey[1..] + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
