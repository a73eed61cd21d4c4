namespace Serverless.Tracking.Calendar;

/// <summary>
/// The holidays of a year as the Labour Code 2019 lays them down, for years the official table does
/// not cover: Tết Dương lịch 1/1; Tết Nguyên đán, the last day of the lunar year and the first four
/// days of the new one; Giỗ Tổ Hùng Vương 10/3 lunar; 30/4; 1/5; Quốc khánh 2/9 and one adjacent day.
/// A holiday on a Saturday or Sunday is made up on the next working day (điều 111 khoản 3).
/// Valid for the years the lunar calendar covers (1800 to 2199).
/// </summary>
public static class StatutoryHolidays
{
    /// <summary>The year's days off by the rule, no swapped working days.</summary>
    public static HolidayYear ForYear(int year)
    {
        var holidays = new List<(DateOnly Date, string Name)>
        {
            (new DateOnly(year, 1, 1), HolidayNames.NewYear),
        };

        var tet = VietnameseLunarCalendar.LunarNewYear(year);
        for (var offset = -1; offset <= 3; offset++)
            holidays.Add((tet.AddDays(offset), HolidayNames.LunarNewYear));

        holidays.Add((VietnameseLunarCalendar.ToSolar(year, 3, 10), HolidayNames.HungKings));
        holidays.Add((new DateOnly(year, 4, 30), HolidayNames.Victory));
        holidays.Add((new DateOnly(year, 5, 1), HolidayNames.LabourDay));
        var nationalDay = new DateOnly(year, 9, 2);
        holidays.Add((nationalDay, HolidayNames.NationalDay));
        holidays.Add((NationalDayCompanion(nationalDay), HolidayNames.NationalDay));

        return new HolidayYear(year, WithMakeUpDays(holidays), new HashSet<DateOnly>());
    }

    // The Government picks 1/9 or 3/9 each year; 2021-2026 it always picked the one that is a weekday
    // joining 2/9 to a weekend where it could: 3/9 when 2/9 is a Thursday, Sunday or Monday, else 1/9.
    private static DateOnly NationalDayCompanion(DateOnly nationalDay) =>
        nationalDay.DayOfWeek is DayOfWeek.Thursday or DayOfWeek.Sunday or DayOfWeek.Monday
            ? nationalDay.AddDays(1)
            : nationalDay.AddDays(-1);

    private static Dictionary<DateOnly, string> WithMakeUpDays(List<(DateOnly Date, string Name)> holidays)
    {
        var daysOff = holidays.ToDictionary(h => h.Date, h => h.Name);
        foreach (var (date, name) in holidays.OrderBy(h => h.Date).Where(h => HolidayYear.IsWeekend(h.Date)))
        {
            var makeUp = date.AddDays(1);
            while (HolidayYear.IsWeekend(makeUp) || daysOff.ContainsKey(makeUp))
                makeUp = makeUp.AddDays(1);
            daysOff[makeUp] = name;
        }

        return daysOff;
    }
}
