namespace Serverless.Tracking.Reporting;

/// <summary>One lead agency's line of a periodic report: the four categories as of the cut-off and what follows from them.</summary>
/// <param name="code">Agency code.</param>
public sealed class AgencyTally(string code)
{
    /// <summary>Agency code.</summary>
    public string Code { get; } = code;
    /// <summary>Tasks in the four categories.</summary>
    public int Total => CompletedOnTime + CompletedLate + InProgressOnTime + InProgressOverdue;
    /// <summary>Hoàn thành đúng hạn.</summary>
    public int CompletedOnTime { get; private set; }
    /// <summary>Hoàn thành quá hạn.</summary>
    public int CompletedLate { get; private set; }
    /// <summary>Đang thực hiện trong hạn.</summary>
    public int InProgressOnTime { get; private set; }
    /// <summary>Đang thực hiện quá hạn.</summary>
    public int InProgressOverdue { get; private set; }
    /// <summary>Tasks cancelled inside the period (outside the four categories).</summary>
    public int Cancelled { get; private set; }
    /// <summary>Tasks entered inside the period ("giao trong kỳ").</summary>
    public int AssignedInPeriod { get; private set; }
    /// <summary>The longest overdue at the cut-off among open tasks, in days.</summary>
    public int MaxDaysOverdue { get; private set; }
    /// <summary>Days late summed over both "quá hạn" categories (the ranking's per-day penalty).</summary>
    public int DaysLate { get; private set; }

    /// <summary>Completed (on time or late) over the total, in percent with one decimal; null with no task.</summary>
    public double? CompletionRate => Percent(CompletedOnTime + CompletedLate, Total);

    /// <summary>Completed on time over completed, in percent with one decimal; null when nothing was completed.</summary>
    public double? OnTimeRate => Percent(CompletedOnTime, CompletedOnTime + CompletedLate);

    /// <summary>Counts one task's standing.</summary>
    public void Add(AsOfStanding standing, bool assignedInPeriod)
    {
        ArgumentNullException.ThrowIfNull(standing);
        if (assignedInPeriod) AssignedInPeriod++;
        switch (standing.Category)
        {
            case ProgressCategory.CompletedOnTime: CompletedOnTime++; break;
            case ProgressCategory.CompletedLate: CompletedLate++; break;
            case ProgressCategory.InProgressOnTime: InProgressOnTime++; break;
            default:
                InProgressOverdue++;
                MaxDaysOverdue = Math.Max(MaxDaysOverdue, standing.DaysLate);
                break;
        }
        DaysLate += standing.DaysLate;
    }

    /// <summary>Counts a task cancelled in the period.</summary>
    public void AddCancelled() => Cancelled++;

    /// <summary>Adds another row's counts (for totals).</summary>
    public void Include(AgencyTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        CompletedOnTime += other.CompletedOnTime;
        CompletedLate += other.CompletedLate;
        InProgressOnTime += other.InProgressOnTime;
        InProgressOverdue += other.InProgressOverdue;
        Cancelled += other.Cancelled;
        AssignedInPeriod += other.AssignedInPeriod;
        DaysLate += other.DaysLate;
        MaxDaysOverdue = Math.Max(MaxDaysOverdue, other.MaxDaysOverdue);
    }

    private static double? Percent(int part, int whole) =>
        whole == 0 ? null : Math.Round(100.0 * part / whole, 1, MidpointRounding.AwayFromZero);
}
