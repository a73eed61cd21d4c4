namespace Serverless.Tracking.Reporting;

/// <summary>
/// Where reporting periods end ("ngày chốt số liệu"): on <see cref="CutOffDay"/> of the period's last month (clamped
/// to the month's end, so 31 means the last day), each period starting the day after the previous cut-off. The
/// default is the common provincial rule: from the 15th of the previous month to the 14th. The report itself is due
/// <see cref="ReportDueWorkingDays"/> working days after the cut-off.
/// </summary>
/// <param name="CutOffDay">Day of the month the period ends on, 1-31.</param>
/// <param name="ReportDueWorkingDays">Working days after the cut-off by which the report is due, 0-30.</param>
public sealed record CutOffRule(int CutOffDay = 14, int ReportDueWorkingDays = 3)
{
    /// <summary>The default rule: 15th to 14th, report due 3 working days after the cut-off.</summary>
    public static CutOffRule Default { get; } = new();

    /// <summary>Why the rule is unusable, or null when it is fine.</summary>
    public string? Problem() =>
        CutOffDay is < 1 or > 31 ? "CutOffDay must be between 1 and 31."
        : ReportDueWorkingDays is < 0 or > 30 ? "ReportDueWorkingDays must be between 0 and 30."
        : null;

    /// <summary>The cut-off date in a month.</summary>
    public DateOnly CutOffIn(int year, int month) => new(year, month, Math.Min(CutOffDay, DateTime.DaysInMonth(year, month)));

    /// <summary>The first day of the period that ends with the cut-off of <paramref name="year"/>/<paramref name="month"/>, counted back <paramref name="months"/> months.</summary>
    internal DateOnly StartAfterCutOff(int year, int month, int months)
    {
        var previous = new DateOnly(year, month, 1).AddMonths(-months);
        return CutOffIn(previous.Year, previous.Month).AddDays(1);
    }
}
