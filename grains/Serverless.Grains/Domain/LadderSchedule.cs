namespace Serverless.Grains.Domain;

/// <summary>Places a ladder's stages in time for one due date and answers which stage is current.</summary>
public sealed class LadderSchedule(EscalationLadder ladder, DateOnly dueDate)
{
    private readonly IReadOnlyList<LadderStage> stages = ladder.Stages;

    /// <summary>The stage at an index; past the last stage, the repeats (if any).</summary>
    public ScheduledStage? StageAt(int index)
    {
        if (index < 0) return null;
        if (index < stages.Count) return Place(index, stages[index].Name, stages[index].DayOffset, stages[index].Level);
        if (ladder.RepeatEveryDays <= 0 || stages.Count == 0) return null;

        var last = stages[^1];
        var offset = last.DayOffset + ((index - stages.Count + 1) * ladder.RepeatEveryDays);
        return Place(index, $"overdue-{offset}d", offset, last.Level);
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
            var daysPastLast = VietnamTime.DateOf(now).DayNumber - dueDate.AddDays(last.DayOffset).DayNumber;
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

    private ScheduledStage Place(int index, string name, int dayOffset, int level) =>
        new(index, name, dayOffset, level,
            VietnamTime.At(dueDate.AddDays(dayOffset), new TimeOnly(ladder.SendAtLocalHour, 0)));
}
