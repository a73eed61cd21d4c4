using System.Collections.Concurrent;

namespace Serverless.Tracking.Calendar;

/// <summary>
/// The working days of Vietnamese public servants (cán bộ, công chức, viên chức): Monday to Friday,
/// less the holidays, plus the Saturdays worked in exchange for a weekday off. A year the official
/// table covers follows the table alone; any other year follows <see cref="StatutoryHolidays"/>.
/// </summary>
/// <param name="table">The officially announced years (holidays.json).</param>
public sealed class VietnameseWorkingCalendar(OfficialHolidayTable table) : IWorkingDayCalendar
{
    private readonly ConcurrentDictionary<int, HolidayYear> statutory = new();

    /// <inheritdoc />
    public bool IsWorkingDay(DateOnly date) => YearOf(date).IsWorkingDay(date);

    /// <inheritdoc />
    public string? HolidayName(DateOnly date) => YearOf(date).HolidayName(date);

    /// <inheritdoc />
    public DateOnly AddWorkingDays(DateOnly date, int days)
    {
        var step = Math.Sign(days);
        for (var remaining = Math.Abs(days); remaining > 0;)
        {
            date = date.AddDays(step);
            if (IsWorkingDay(date))
                remaining--;
        }

        return date;
    }

    /// <inheritdoc />
    public int WorkingDaysBetween(DateOnly fromExclusive, DateOnly toInclusive)
    {
        if (toInclusive < fromExclusive)
            return -CountWorkingDays(toInclusive, fromExclusive.AddDays(-1));
        return CountWorkingDays(fromExclusive.AddDays(1), toInclusive);
    }

    private int CountWorkingDays(DateOnly first, DateOnly last)
    {
        var count = 0;
        for (var date = first; date <= last; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
                count++;
        }

        return count;
    }

    private HolidayYear YearOf(DateOnly date) => table.TryGetYear(date.Year, out var announced)
        ? announced
        : statutory.GetOrAdd(date.Year, StatutoryHolidays.ForYear);
}
