using Serverless.Tracking.Calendar;

namespace Serverless.Tracking;

/// <summary>Moves dates by working days for ladders counted in working days; grains depend on this one small service.</summary>
public sealed class WorkingDays(IWorkingDayCalendar calendar)
{
    /// <summary>The statutory rules only (Labour Code holidays and make-up days), for hosts without an official table.</summary>
    public static WorkingDays Statutory { get; } = new(new VietnameseWorkingCalendar(OfficialHolidayTable.Empty));

    /// <summary>The official calendar: the statutory rules plus the announced days off of holidays.json.</summary>
    public static WorkingDays FromHolidayFile(string path) => new(new VietnameseWorkingCalendar(OfficialHolidayTable.Load(path)));

    /// <summary>The date <paramref name="days"/> working days after (negative: before) <paramref name="date"/>.</summary>
    public DateOnly Add(DateOnly date, int days) => calendar.AddWorkingDays(date, days);

    /// <summary>The working days in (<paramref name="fromExclusive"/>, <paramref name="toInclusive"/>]; negative when to is earlier.</summary>
    public int Between(DateOnly fromExclusive, DateOnly toInclusive) => calendar.WorkingDaysBetween(fromExclusive, toInclusive);
}
