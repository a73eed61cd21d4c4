namespace Serverless.Tracking.Calendar;

/// <summary>
/// Which Vietnamese calendar dates are working days, and arithmetic in working days, for offsets
/// such as "remind 3 working days before the deadline".
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716", Justification = "C# only; 'date' is the agreed parameter name of this contract.")]
public interface IWorkingDayCalendar
{
    /// <summary>True when public servants work on <paramref name="date"/>: a weekday that is not a day off, or a swapped Saturday worked ("làm bù").</summary>
    bool IsWorkingDay(DateOnly date);

    /// <summary>
    /// The date <paramref name="days"/> working days away from <paramref name="date"/>.
    /// A positive count n gives the n-th working day strictly after the date, a negative count -n the
    /// n-th working day strictly before it; the date itself is never counted. Zero returns the date
    /// unchanged, even when it is a day off.
    /// </summary>
    DateOnly AddWorkingDays(DateOnly date, int days);

    /// <summary>
    /// How many working days one moves from <paramref name="fromExclusive"/> to reach
    /// <paramref name="toInclusive"/>: the working days in (from, to] when to is later, minus the
    /// working days in [to, from) when to is earlier, 0 when they are equal. For a working day x,
    /// <c>AddWorkingDays(from, WorkingDaysBetween(from, x)) == x</c>.
    /// </summary>
    int WorkingDaysBetween(DateOnly fromExclusive, DateOnly toInclusive);

    /// <summary>
    /// The Vietnamese name of the holiday a day off belongs to ("Tết Nguyên đán", "Quốc khánh", ...),
    /// weekend days inside an announced holiday block included; null on ordinary working days and
    /// ordinary weekends.
    /// </summary>
    string? HolidayName(DateOnly date);
}
