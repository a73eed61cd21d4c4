using Xunit;

namespace Serverless.Tracking.Tests;

public sealed class LadderWalkTests
{
    private static readonly LadderSchedule Schedule = new(DefaultLadder.Create(), new DateOnly(2023, 9, 30));

    private static DateTimeOffset Vietnam(int month, int day, int hour = 9) => new(2023, month, day, hour, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void A_check_before_the_first_stage_sends_nothing_and_waits_for_it()
    {
        var step = LadderWalk.Advance(Schedule, -1, Vietnam(9, 1));

        Assert.Null(step.Notify);
        Assert.Equal(-1, step.LastHandled);
        Assert.Equal("remind-7d", step.Next!.Name);
    }

    [Fact]
    public void A_late_check_sends_only_the_current_stage_and_skips_the_missed_ones()
    {
        var step = LadderWalk.Advance(Schedule, 0, Vietnam(10, 2));

        Assert.Equal("overdue-1d", step.Notify!.Name);
        Assert.Equal(["remind-3d", "remind-1d", "due-today"], step.Skipped.Select(s => s.Name));
        Assert.Equal(4, step.LastHandled);
        Assert.Equal("overdue-3d", step.Next!.Name);
    }

    [Fact]
    public void A_stage_already_handled_is_not_sent_again()
    {
        var first = LadderWalk.Advance(Schedule, -1, Vietnam(9, 23));
        var second = LadderWalk.Advance(Schedule, first.LastHandled, Vietnam(9, 23));

        Assert.Equal("remind-7d", first.Notify!.Name);
        Assert.Null(second.Notify);
        Assert.Empty(second.Skipped);
        Assert.Equal(first.Next, second.Next);
    }
}
