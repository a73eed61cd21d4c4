using Serverless.Tracking;
using Xunit;

namespace Serverless.Tracking.Tests;

public sealed class LadderScheduleTests
{
    private static readonly DateOnly Due = new(2023, 9, 30);
    private readonly LadderSchedule schedule = new(DefaultLadder.Create(), Due);

    private static DateTimeOffset Vietnam(int month, int day, int hour = 8) => new(2023, month, day, hour, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void The_default_ladder_reminds_7_3_1_days_before_and_on_the_day_then_escalates_1_3_7_days_after()
    {
        var stages = Enumerable.Range(0, 7).Select(i => schedule.StageAt(i)!).ToList();

        Assert.Equal(["remind-7d", "remind-3d", "remind-1d", "due-today", "overdue-1d", "overdue-3d", "overdue-7d"], stages.Select(s => s.Name));
        Assert.Equal([0, 0, 0, 0, 1, 2, 3], stages.Select(s => s.Level));
        Assert.Equal(Vietnam(9, 23), stages[0].At);
        Assert.Equal(Vietnam(10, 7), stages[6].At);
    }

    [Fact]
    public void After_the_last_stage_it_repeats_weekly_at_leadership_level()
    {
        var repeat = schedule.StageAt(7)!;

        Assert.Equal("overdue-14d", repeat.Name);
        Assert.Equal(3, repeat.Level);
        Assert.Equal(Vietnam(10, 14), repeat.At);
        Assert.Equal("overdue-21d", schedule.StageAt(8)!.Name);
    }

    [Fact]
    public void Before_the_first_reminder_no_stage_is_current()
    {
        Assert.Null(schedule.CurrentAt(Vietnam(9, 23, 7)));
        Assert.Equal("remind-7d", schedule.NextAfter(Vietnam(9, 23, 7))!.Name);
    }

    [Fact]
    public void A_stage_becomes_current_at_eight_in_the_morning_Vietnam_time()
    {
        Assert.Equal("remind-3d", schedule.CurrentAt(Vietnam(9, 27, 8))!.Name);
        Assert.Equal("remind-7d", schedule.CurrentAt(Vietnam(9, 27, 7))!.Name);
    }

    [Fact]
    public void Long_after_the_due_date_the_current_stage_is_the_latest_weekly_repeat()
    {
        // 30/9 + 7 = 7/10, then 14/10, 21/10, 28/10, 4/11: on 6/11 the current stage is overdue-35d.
        var current = schedule.CurrentAt(Vietnam(11, 6, 12))!;

        Assert.Equal("overdue-35d", current.Name);
        Assert.Equal("overdue-42d", schedule.NextAfter(Vietnam(11, 6, 12))!.Name);
    }

    [Fact]
    public void On_a_repeat_day_before_eight_the_previous_repeat_is_still_current()
    {
        Assert.Equal("overdue-7d", schedule.CurrentAt(Vietnam(10, 14, 7))!.Name);
        Assert.Equal("overdue-14d", schedule.CurrentAt(Vietnam(10, 14, 8))!.Name);
    }

    [Fact]
    public void A_ladder_without_repeats_ends_after_its_last_stage()
    {
        var ladder = new EscalationLadder([new LadderStage("due-today", 0, 0), new LadderStage("overdue-1d", 1, 1)], 0, 8);
        var finite = new LadderSchedule(ladder, Due);

        Assert.Equal("overdue-1d", finite.CurrentAt(Vietnam(12, 1))!.Name);
        Assert.Null(finite.NextAfter(Vietnam(12, 1)));
    }
}
