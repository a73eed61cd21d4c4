using Xunit;
using static Serverless.Tracking.Tests.Calendar.ShippedHolidays;

namespace Serverless.Tracking.Tests.Calendar;

public sealed class WorkingDayArithmeticTests
{
    [Theory]
    [InlineData("2025-02-05", -3, "2025-01-24")]
    [InlineData("2026-02-24", -3, "2026-02-12")]
    [InlineData("2024-02-15", -1, "2024-02-07")]
    [InlineData("2023-01-27", -2, "2023-01-18")]
    public void Counting_back_from_just_after_Tet_skips_the_whole_block(string from, int days, string expected)
    {
        Assert.Equal(Date(expected), Official.AddWorkingDays(Date(from), days));
    }

    [Theory]
    [InlineData("2024-02-07", 1, "2024-02-15")]
    [InlineData("2025-01-24", 1, "2025-02-03")]
    [InlineData("2025-03-14", 1, "2025-03-17")]
    [InlineData("2025-03-14", 5, "2025-03-21")]
    public void Counting_forward_skips_weekends_and_holidays(string from, int days, string expected)
    {
        Assert.Equal(Date(expected), Official.AddWorkingDays(Date(from), days));
    }

    [Theory]
    [InlineData("2025-04-25", 1, "2025-04-26")]
    [InlineData("2026-01-09", 1, "2026-01-10")]
    [InlineData("2024-05-06", -1, "2024-05-04")]
    public void A_swapped_Saturday_counts_as_a_working_day(string from, int days, string expected)
    {
        Assert.Equal(Date(expected), Official.AddWorkingDays(Date(from), days));
    }

    [Theory]
    [InlineData("2025-01-29")]
    [InlineData("2025-03-15")]
    [InlineData("2025-03-17")]
    public void Adding_zero_working_days_returns_the_date_itself_even_on_a_day_off(string date)
    {
        Assert.Equal(Date(date), Official.AddWorkingDays(Date(date), 0));
    }

    [Theory]
    [InlineData("2025-01-24", "2025-02-03", 1)]
    [InlineData("2025-02-03", "2025-01-24", -1)]
    [InlineData("2025-01-25", "2025-02-02", 0)]
    [InlineData("2025-03-14", "2025-03-21", 5)]
    [InlineData("2025-03-21", "2025-03-14", -5)]
    [InlineData("2025-03-15", "2025-03-15", 0)]
    public void Working_days_between_counts_after_the_start_up_to_and_including_the_end(string from, string to, int expected)
    {
        Assert.Equal(expected, Official.WorkingDaysBetween(Date(from), Date(to)));
    }

    [Fact]
    public void Adding_the_working_days_between_two_dates_lands_on_the_second_when_it_is_a_working_day()
    {
        var start = new DateOnly(2024, 12, 20);
        for (var from = start; from < start.AddDays(60); from = from.AddDays(3))
        {
            for (var to = start; to < start.AddDays(60); to = to.AddDays(1))
            {
                if (Official.IsWorkingDay(to))
                    Assert.Equal(to, Official.AddWorkingDays(from, Official.WorkingDaysBetween(from, to)));
            }
        }
    }

    [Fact]
    public void Counting_crosses_from_one_year_into_the_next()
    {
        Assert.Equal(new DateOnly(2026, 1, 5), Official.AddWorkingDays(new DateOnly(2025, 12, 31), 1));
        Assert.Equal(new DateOnly(2025, 12, 31), Official.AddWorkingDays(new DateOnly(2026, 1, 5), -1));
    }
}
