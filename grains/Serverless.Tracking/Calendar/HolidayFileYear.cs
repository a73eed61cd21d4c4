namespace Serverless.Tracking.Calendar;

/// <summary>One year of holidays.json. Once a year is listed it replaces the statutory rule for that year entirely.</summary>
public sealed class HolidayFileYear
{
    /// <summary>The announcements the year was copied from (number, date, issuer), for the operator who checks it.</summary>
    public List<string> Sources { get; set; } = [];

    /// <summary>Every announced day off, weekend days inside a holiday block included.</summary>
    public List<HolidayFileDayOff?> DaysOff { get; set; } = [];

    /// <summary>Weekend days worked in exchange for a weekday off ("làm bù").</summary>
    public List<HolidayFileWorkingDay?> WorkingDays { get; set; } = [];
}
