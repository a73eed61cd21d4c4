using Serverless.Tracking.Calendar;
using Xunit;
using static Serverless.Tracking.Tests.Calendar.ShippedHolidays;

namespace Serverless.Tracking.Tests.Calendar;

public sealed class StatutoryHolidaysTests
{
    private readonly VietnameseWorkingCalendar ruleOnly = new(OfficialHolidayTable.Empty);

    [Fact]
    public void A_year_the_table_does_not_cover_takes_Tet_from_the_lunar_calendar_and_makes_up_weekend_days()
    {
        // Tết 2027 is Saturday 6/2: the rule gives 5/2 and 8-9/2, and makes up 6/2 and 7/2 on 10/2 and 11/2.
        Assert.Equal(new DateOnly(2027, 2, 6), VietnameseLunarCalendar.LunarNewYear(2027));
        foreach (var date in new[] { "2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11" })
        {
            Assert.False(Official.IsWorkingDay(Date(date)), date);
            Assert.Equal(HolidayNames.LunarNewYear, Official.HolidayName(Date(date)));
        }

        Assert.True(Official.IsWorkingDay(Date("2027-02-04")));
        Assert.True(Official.IsWorkingDay(Date("2027-02-12")));
    }

    [Fact]
    public void A_year_the_table_does_not_cover_keeps_Hung_Kings_day_and_the_fixed_holidays()
    {
        var hungKings = VietnameseLunarCalendar.ToSolar(2027, 3, 10);

        Assert.Equal(HolidayNames.HungKings, Official.HolidayName(hungKings));
        Assert.Equal(HolidayNames.NewYear, Official.HolidayName(new DateOnly(2027, 1, 1)));
        Assert.Equal(HolidayNames.Victory, Official.HolidayName(new DateOnly(2027, 4, 30)));
        Assert.Equal(HolidayNames.LabourDay, Official.HolidayName(new DateOnly(2027, 5, 1)));
        Assert.Equal(HolidayNames.LabourDay, Official.HolidayName(new DateOnly(2027, 5, 3)));
    }

    [Theory]
    [InlineData(2027, "2027-09-03")]
    [InlineData(2028, "2028-09-01")]
    [InlineData(2029, "2029-09-03")]
    [InlineData(2030, "2030-09-03")]
    public void National_day_takes_the_adjacent_weekday_that_joins_it_to_a_weekend(int year, string companion)
    {
        Assert.Equal(HolidayNames.NationalDay, Official.HolidayName(new DateOnly(year, 9, 2)));
        Assert.Equal(HolidayNames.NationalDay, Official.HolidayName(Date(companion)));
    }

    [Fact]
    public void The_rule_alone_reproduces_the_2023_announcements_for_Hung_Kings_30_April_1_May_and_National_day()
    {
        var announced = Year(2023);
        var fromRule = StatutoryHolidays.ForYear(2023);

        for (var date = new DateOnly(2023, 4, 1); date <= new DateOnly(2023, 12, 31); date = date.AddDays(1))
            Assert.Equal(announced.IsWorkingDay(date), fromRule.IsWorkingDay(date));
    }

    [Fact]
    public void An_announced_year_follows_the_table_not_the_rule()
    {
        // The rule would make up 2024's Tết Saturday and Sunday on 14-15/2; the announcement moved the block to 8-14/2.
        Assert.False(ruleOnly.IsWorkingDay(new DateOnly(2024, 2, 15)));
        Assert.True(Official.IsWorkingDay(new DateOnly(2024, 2, 15)));
        Assert.True(ruleOnly.IsWorkingDay(new DateOnly(2024, 2, 8)));
        Assert.False(Official.IsWorkingDay(new DateOnly(2024, 2, 8)));
    }

    [Fact]
    public void Ordinary_weekends_and_weekdays_have_no_holiday_name()
    {
        Assert.Null(Official.HolidayName(new DateOnly(2027, 3, 13)));
        Assert.Null(Official.HolidayName(new DateOnly(2027, 3, 15)));
        Assert.True(Official.IsWorkingDay(new DateOnly(2027, 3, 15)));
        Assert.False(Official.IsWorkingDay(new DateOnly(2027, 3, 13)));
    }
}
