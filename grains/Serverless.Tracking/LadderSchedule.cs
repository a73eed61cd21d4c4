namespace Serverless.Tracking;

/// <summary>Places a ladder's stages in time for one due date and answers which stage is current.</summary>
/// <param name="ladder">The frozen ladder.</param>
/// <param name="dueDate">The due date.</param>
/// <param name="addWorkingDays">Moves a date by working days; needed only by stages counted in working days.</param>
public sealed class LadderSchedule(EscalationLadder ladder, DateOnly dueDate, Func<DateOnly, int, DateOnly>? addWorkingDays = null)
{
    private readonly IReadOnlyList<LadderStage> stages = ladder.Stages;

    /// <summary>The stage at an index; past the last stage, the repeats (if any).</summary>
    public ScheduledStage? StageAt(int index)
    {
        if (index < 0) return null;
        if (index < stages.Count) return Place(index, stages[index]);
        if (ladder.RepeatEveryDays <= 0 || stages.Count == 0) return null;

        // Repeats count calendar days from the last stage's date, whatever unit that stage used.
        var last = stages[^1];
        var days = (index - stages.Count + 1) * ladder.RepeatEveryDays;
        var date = DateOf(last).AddDays(days);
        var offset = date.DayNumber - dueDate.DayNumber;
        return new ScheduledStage(index, $"overdue-{offset}d", offset, last.Level,
            VietnamTime.At(date, new TimeOnly(ladder.SendAtLocalHour, 0)), false);
    }

    /// <summary>The latest stage whose time has come at <paramref name="now"/>, or null before the first.</summary>
    public ScheduledStage? CurrentAt(DateTimeOffset now)
    {
        var first = StageAt(0);
        if (first is null || first.At > now) return null;
        if (stages.Count > 0 && StageAt(stages.Count - 1)!.At <= now && ladder.RepeatEveryDays > 0)
        {
            // Jump straight to the repeat in force instead of walking years of weekly repeats.
            var last = stages[^1];
            var daysPastLast = VietnamTime.DateOf(now).DayNumber - DateOf(last).DayNumber;
            var repeats = Math.Max(0, daysPastLast / ladder.RepeatEveryDays);
            var candidate = StageAt(stages.Count - 1 + repeats)!;
            return candidate.At <= now ? candidate : StageAt(candidate.Index - 1);
        }

        ScheduledStage? current = null;
        for (var i = 0; StageAt(i) is { } stage && stage.At <= now; i++) current = stage;
        return current;
    }

    /// <summary>The first stage whose time is after <paramref name="now"/>, or null when the ladder has ended.</summary>
    public ScheduledStage? NextAfter(DateTimeOffset now)
    {
        var current = CurrentAt(now);
        return StageAt(current is null ? 0 : current.Index + 1);
    }

    private ScheduledStage Place(int index, LadderStage stage) =>
        new(index, stage.Name, stage.DayOffset, stage.Level,
            VietnamTime.At(DateOf(stage), new TimeOnly(ladder.SendAtLocalHour, 0)), stage.IncludeCoordinating);

    private DateOnly DateOf(LadderStage stage) => stage.Unit switch
    {
        DayUnit.WorkingDays => (addWorkingDays ?? throw new InvalidOperationException("A working-day stage needs the working-day calendar."))(dueDate, stage.DayOffset),
        _ => dueDate.AddDays(stage.DayOffset),
    };
}
