namespace Serverless.Tracking.Calendar;

/// <summary>One Gregorian year's days off (with the holiday each belongs to) and its swapped weekend days worked.</summary>
/// <param name="Year">The Gregorian year.</param>
/// <param name="DaysOff">Every day off of the year's holidays, weekend days inside an announced block included, by date.</param>
/// <param name="WorkingWeekendDays">Saturdays or Sundays worked in exchange for a weekday off ("làm bù").</param>
public sealed record HolidayYear(int Year, IReadOnlyDictionary<DateOnly, string> DaysOff, IReadOnlySet<DateOnly> WorkingWeekendDays)
{
    /// <summary>True when the date is a working day of this year.</summary>
    public bool IsWorkingDay(DateOnly date) =>
        WorkingWeekendDays.Contains(date) || (!IsWeekend(date) && !DaysOff.ContainsKey(date));

    /// <summary>The holiday a day off belongs to, or null.</summary>
    public string? HolidayName(DateOnly date) => DaysOff.GetValueOrDefault(date);

    /// <summary>Saturday or Sunday, the weekly days off of public servants.</summary>
    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
