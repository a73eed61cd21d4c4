using Serverless.Tracking.Reporting;
using Xunit;
using static Serverless.Tracking.Tests.Calendar.ShippedHolidays;

namespace Serverless.Tracking.Tests.Reporting;

public sealed class DueSoonTests
{
    private static readonly WorkingDays Official = new(Calendar.ShippedHolidays.Official);

    [Theory]
    // Thursday 12/03/2026: three working days ahead is Tuesday 17/03.
    [InlineData("2026-03-12", "2026-03-12", true)]
    [InlineData("2026-03-12", "2026-03-15", true)]
    [InlineData("2026-03-12", "2026-03-17", true)]
    [InlineData("2026-03-12", "2026-03-18", false)]
    [InlineData("2026-03-12", "2026-03-11", false)]
    // Friday 13/02/2026, before Tết: the three working days are 23, 24 and 25/02.
    [InlineData("2026-02-13", "2026-02-25", true)]
    [InlineData("2026-02-13", "2026-02-26", false)]
    public void Due_soon_means_due_today_or_within_the_next_three_working_days(string today, string due, bool expected)
    {
        Assert.Equal(expected, DueSoon.Applies(DirectiveTaskStatus.InProgress, Date(due), Date(today), Official));
    }

    [Fact]
    public void Finished_and_undated_tasks_are_never_due_soon()
    {
        Assert.False(DueSoon.Applies(DirectiveTaskStatus.Completed, Date("2026-03-13"), Date("2026-03-12"), Official));
        Assert.False(DueSoon.Applies(DirectiveTaskStatus.AwaitingDate, null, Date("2026-03-12"), Official));
        Assert.True(DueSoon.Applies(DirectiveTaskStatus.InProgress, Date("2026-03-18"), Date("2026-03-12"), Official, days: 4));
    }
}
