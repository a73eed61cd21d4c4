using Orleans.Concurrency;

namespace Serverless.Grains;

/// <summary>One deadline of one task, keyed "{taskId}.d{n}"; walks the escalation ladder.</summary>
public interface IDeadlineGrain : IGrainWithStringKey
{
    /// <summary>Stores the deadline and registers its first check; calling it again changes nothing.</summary>
    Task<DeadlineSnapshot> ScheduleAsync(DeadlineDefinition definition);

    /// <summary>Sends the stage current at <paramref name="now"/> if it was not sent yet. Idempotent.</summary>
    Task<DeadlineCheckResult> CheckAsync(DateTimeOffset now);

    /// <summary>
    /// Moves the due date (approved extension): the old date goes to the history and the ladder starts again from
    /// the new date, with notification ids of a new revision so nothing collides with what was already sent.
    /// </summary>
    Task<DeadlineSnapshot> RescheduleAsync(DateOnly newDueDate);

    /// <summary>Stops the ladder (task completed or cancelled).</summary>
    Task StopAsync();

    /// <summary>The deadline's state, or null when it was never scheduled.</summary>
    [ReadOnly]
    Task<DeadlineSnapshot?> GetAsync();
}
