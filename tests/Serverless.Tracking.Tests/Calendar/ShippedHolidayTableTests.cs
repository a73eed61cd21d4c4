using Serverless.Tracking.Calendar;
using Xunit;
using static Serverless.Tracking.Tests.Calendar.ShippedHolidays;

namespace Serverless.Tracking.Tests.Calendar;

public sealed class ShippedHolidayTableTests
{
    [Fact]
    public void The_shipped_table_covers_2023_to_2026()
    {
        Assert.All(Enumerable.Range(2023, 4), year => Assert.Contains(year, Table.Years));
    }

    [Theory]
    [MemberData(nameof(AnnouncedYears), MemberType = typeof(ShippedHolidays))]
    public void Every_announced_day_off_is_not_a_working_day(int year)
    {
        foreach (var (date, name) in Year(year).DaysOff)
        {
            Assert.False(Official.IsWorkingDay(date), $"{date:O} ({name}) should be a day off");
            Assert.Equal(name, Official.HolidayName(date));
        }
    }

    [Theory]
    [MemberData(nameof(AnnouncedYears), MemberType = typeof(ShippedHolidays))]
    public void Every_swapped_weekend_day_is_a_working_day(int year)
    {
        foreach (var date in Year(year).WorkingWeekendDays)
        {
            Assert.Equal(DayOfWeek.Saturday, date.DayOfWeek);
            Assert.True(Official.IsWorkingDay(date), $"{date:O} is worked in exchange for a weekday off");
            Assert.Null(Official.HolidayName(date));
        }
    }

    [Theory]
    [MemberData(nameof(AnnouncedYears), MemberType = typeof(ShippedHolidays))]
    public void Each_year_gives_the_eleven_paid_holidays_of_article_112_as_weekdays_off_net_of_swapped_saturdays(int year)
    {
        var announced = Year(year);
        var weekdaysOff = announced.DaysOff.Keys.Count(date => !HolidayYear.IsWeekend(date));

        Assert.Equal(11, weekdaysOff - announced.WorkingWeekendDays.Count);
    }

    [Theory]
    [MemberData(nameof(AnnouncedYears), MemberType = typeof(ShippedHolidays))]
    public void The_five_statutory_Tet_days_from_the_lunar_calendar_fall_inside_the_announced_Tet_block(int year)
    {
        var tet = VietnameseLunarCalendar.LunarNewYear(year);

        for (var offset = -1; offset <= 3; offset++)
            Assert.Equal(HolidayNames.LunarNewYear, Official.HolidayName(tet.AddDays(offset)));
        var eve = VietnameseLunarCalendar.ToLunar(tet.AddDays(-1));
        Assert.Equal((year - 1, 12), (eve.Year, eve.Month));
    }

    [Theory]
    [MemberData(nameof(AnnouncedYears), MemberType = typeof(ShippedHolidays))]
    public void The_fixed_holidays_and_Hung_Kings_day_on_the_tenth_of_the_third_lunar_month_are_announced_under_their_names(int year)
    {
        Assert.Equal(HolidayNames.NewYear, Official.HolidayName(new DateOnly(year, 1, 1)));
        Assert.Equal(HolidayNames.HungKings, Official.HolidayName(VietnameseLunarCalendar.ToSolar(year, 3, 10)));
        Assert.Equal(HolidayNames.Victory, Official.HolidayName(new DateOnly(year, 4, 30)));
        Assert.Equal(HolidayNames.LabourDay, Official.HolidayName(new DateOnly(year, 5, 1)));
        Assert.Equal(HolidayNames.NationalDay, Official.HolidayName(new DateOnly(year, 9, 2)));
        Assert.True(
            Official.HolidayName(new DateOnly(year, 9, 1)) == HolidayNames.NationalDay || Official.HolidayName(new DateOnly(year, 9, 3)) == HolidayNames.NationalDay,
            "Quốc khánh is 2/9 plus 1/9 or 3/9");
    }

    [Theory]
    [InlineData("2023-01-20", "2023-01-26")]
    [InlineData("2024-02-08", "2024-02-14")]
    [InlineData("2025-01-25", "2025-02-02")]
    [InlineData("2026-02-14", "2026-02-22")]
    public void The_announced_Tet_block_is_off_and_the_days_either_side_are_worked(string first, string last)
    {
        Assert.True(Official.IsWorkingDay(NextWeekday(Date(first), -1)));
        for (var date = Date(first); date <= Date(last); date = date.AddDays(1))
            Assert.False(Official.IsWorkingDay(date), $"{date:O} is inside the Tết block");
        Assert.True(Official.IsWorkingDay(NextWeekday(Date(last), 1)));
    }

    [Theory]
    [InlineData("2024-05-04", "2024-04-29")]
    [InlineData("2025-04-26", "2025-05-02")]
    [InlineData("2026-01-10", "2026-01-02")]
    [InlineData("2026-08-22", "2026-08-31")]
    public void A_worked_Saturday_pays_back_a_weekday_off(string saturday, string weekdayOff)
    {
        Assert.True(Official.IsWorkingDay(Date(saturday)));
        Assert.False(Official.IsWorkingDay(Date(weekdayOff)));
    }

    [Theory]
    [InlineData("2023-01-02", HolidayNames.NewYear)]
    [InlineData("2023-05-02", HolidayNames.HungKings)]
    [InlineData("2023-05-03", HolidayNames.Victory)]
    [InlineData("2023-09-04", HolidayNames.NationalDay)]
    [InlineData("2026-04-27", HolidayNames.HungKings)]
    public void A_holiday_on_a_weekend_is_made_up_on_the_next_working_day(string makeUp, string name)
    {
        Assert.False(Official.IsWorkingDay(Date(makeUp)));
        Assert.Equal(name, Official.HolidayName(Date(makeUp)));
    }

    [Theory]
    [InlineData("2025-02-15")]
    [InlineData("2023-05-06")]
    [InlineData("2024-09-07")]
    public void Saturdays_the_announcements_did_not_swap_stay_weekly_days_off(string saturday)
    {
        Assert.False(Official.IsWorkingDay(Date(saturday)));
    }

    private static DateOnly NextWeekday(DateOnly date, int step)
    {
        do
            date = date.AddDays(step);
        while (HolidayYear.IsWeekend(date));
        return date;
    }
}
