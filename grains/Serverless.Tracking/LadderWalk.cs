namespace Serverless.Tracking;

/// <summary>
/// The one rule every ladder follows when checked: send only the stage current now, and only if it was not handled;
/// stages passed over meanwhile are skipped, never sent late. Checking twice, or late, therefore sends no backlog.
/// </summary>
public static class LadderWalk
{
    /// <summary>The step for a ladder whose stages up to <paramref name="lastHandled"/> are handled (-1: none).</summary>
    public static LadderStep Advance(LadderSchedule schedule, int lastHandled, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var current = schedule.CurrentAt(now);
        if (current is null || current.Index <= lastHandled)
            return new LadderStep(null, [], lastHandled, schedule.StageAt(lastHandled + 1));

        var skipped = new List<ScheduledStage>();
        for (var i = lastHandled + 1; i < current.Index; i++) skipped.Add(schedule.StageAt(i)!);
        return new LadderStep(current, skipped, current.Index, schedule.StageAt(current.Index + 1));
    }
}
