using Xunit;
using Serverless.Tracking.Calendar;

namespace Serverless.Tracking.Tests.Calendar;

public sealed class VietnameseLunarCalendarTests
{
    [Theory]
    [InlineData(2023, "2023-01-22")]
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    [InlineData(2027, "2027-02-06")]
    [InlineData(2020, "2020-01-25")]
    public void Tet_falls_on_the_published_date(int year, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), VietnameseLunarCalendar.LunarNewYear(year));

    [Theory]
    [InlineData(2023, "2023-04-29")]
    [InlineData(2024, "2024-04-18")]
    [InlineData(2025, "2025-04-07")]
    [InlineData(2026, "2026-04-26")]
    public void Hung_Kings_day_the_tenth_of_the_third_lunar_month_falls_on_the_published_date(int year, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), VietnameseLunarCalendar.ToSolar(year, 3, 10));

    [Fact]
    public void A_leap_month_starts_after_the_month_it_repeats()
    {
        // 2023 had a leap second month (tháng 2 nhuận) from 22/3/2023.
        Assert.Equal(new DateOnly(2023, 3, 22), VietnameseLunarCalendar.ToSolar(2023, 2, 1, leapMonth: true));
        Assert.Equal(new DateOnly(2023, 2, 20), VietnameseLunarCalendar.ToSolar(2023, 2, 1));
        Assert.Equal(new DateOnly(2023, 4, 20), VietnameseLunarCalendar.ToSolar(2023, 3, 1));
    }

    [Fact]
    public void Asking_for_a_leap_month_the_year_does_not_have_is_refused() =>
        Assert.Throws<ArgumentException>(() => VietnameseLunarCalendar.ToSolar(2024, 5, 1, leapMonth: true));

    [Fact]
    public void Every_day_of_three_years_converts_to_lunar_and_back()
    {
        for (var date = new DateOnly(2023, 1, 1); date < new DateOnly(2026, 1, 1); date = date.AddDays(1))
        {
            var lunar = VietnameseLunarCalendar.ToLunar(date);
            Assert.Equal(date, VietnameseLunarCalendar.ToSolar(lunar.Year, lunar.Month, lunar.Day, lunar.IsLeapMonth));
        }
    }

    [Fact]
    public void Tet_1985_is_computed_for_Vietnam_time_a_month_before_Chinese_new_year() =>
        Assert.Equal(new DateOnly(1985, 1, 21), VietnameseLunarCalendar.LunarNewYear(1985));

    [Fact]
    public void Tet_is_the_first_day_of_the_first_lunar_month() =>
        Assert.Equal(new LunarDate(2026, 1, 1), VietnameseLunarCalendar.ToLunar(new DateOnly(2026, 2, 17)));

    [Fact]
    public void The_mid_autumn_festival_of_2024_is_on_the_seventeenth_of_September() =>
        Assert.Equal(new DateOnly(2024, 9, 17), VietnameseLunarCalendar.ToSolar(2024, 8, 15));
}
