namespace Serverless.Tracking.Reporting;

/// <summary>
/// A reporting period: every day from <see cref="From"/> to <see cref="To"/> inclusive (Vietnamese dates). A report
/// is as of its cut-off, the end of <see cref="To"/> in Vietnam.
/// </summary>
/// <param name="Kind">Month, quarter, half-year, year or custom.</param>
/// <param name="From">First day.</param>
/// <param name="To">Last day: the cut-off.</param>
/// <param name="Label">The Vietnamese name of the period ("Tháng 3/2026", "Quý I/2026").</param>
public sealed record ReportPeriod(PeriodKind Kind, DateOnly From, DateOnly To, string Label)
{
    /// <summary>The cut-off date: the report counts what was true at the end of this day.</summary>
    public DateOnly CutOff => To;

    /// <summary>How many days the period covers.</summary>
    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>True when <paramref name="date"/> falls inside the period.</summary>
    public bool Contains(DateOnly date) => date >= From && date <= To;

    /// <summary>The day the report is due: the rule's working days after the cut-off.</summary>
    public DateOnly DueOn(CutOffRule rule, WorkingDays workingDays)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(workingDays);
        return workingDays.Add(CutOff, rule.ReportDueWorkingDays);
    }
}
