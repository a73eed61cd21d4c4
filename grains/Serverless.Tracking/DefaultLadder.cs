namespace Serverless.Tracking;

/// <summary>
/// The ladder used when no policy is configured: reminders 7, 3 and 1 days before and on the day,
/// escalations 1, 3 and 7 days after (levels 1, 2, 3), then weekly at level 3 until the task is done.
/// </summary>
public static class DefaultLadder
{
    /// <summary>Builds the default ladder.</summary>
    public static EscalationLadder Create() => new(
        [
            new("remind-7d", -7, 0),
            new("remind-3d", -3, 0),
            new("remind-1d", -1, 0),
            new("due-today", 0, 0),
            new("overdue-1d", 1, 1),
            new("overdue-3d", 3, 2),
            new("overdue-7d", 7, 3),
        ],
        RepeatEveryDays: 7,
        SendAtLocalHour: 8);
}
