using Serverless.Grains.Domain;
using Serverless.Grains.Storage;

namespace Serverless.Grains.Grains;

/// <summary>
/// One deadline walking its ladder. A check sends only the stage current at that moment and only once:
/// a check that runs twice finds the stage handled; a check late after an outage marks the missed stages skipped.
/// </summary>
public sealed class DeadlineGrain(
    [PersistentState("deadline", StorageNames.Tracking)] IPersistentState<DeadlineState> state,
    TrackingClock clock,
    DueIndex dueIndex,
    NotificationOutbox outbox) : Grain, IDeadlineGrain
{
    /// <inheritdoc />
    public async Task<DeadlineSnapshot> ScheduleAsync(DeadlineDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (state.State.Definition is null)
        {
            state.State.Definition = definition;
            state.State.NextCheckAt = Schedule().StageAt(0)?.At;
            await state.WriteStateAsync();
        }

        // Idempotent: re-registering the same check time overwrites the same due-index row.
        if (!state.State.Stopped && state.State.NextCheckAt is { } next)
            await dueIndex.ScheduleAsync(this.GetPrimaryKeyString(), next, clock.Now);
        return Snapshot();
    }

    /// <inheritdoc />
    public async Task<DeadlineCheckResult> CheckAsync(DateTimeOffset now)
    {
        if (state.State.Definition is not { } definition || state.State.Stopped)
            return new DeadlineCheckResult(null, [], null);

        var schedule = Schedule();
        var current = schedule.CurrentAt(now);
        string? notified = null;
        var skipped = new List<string>();
        if (current is not null && current.Index > state.State.LastHandledStage)
        {
            for (var i = state.State.LastHandledStage + 1; i < current.Index; i++)
                skipped.Add(schedule.StageAt(i)!.Name);

            // The outbox write comes before the state write: if we die in between, the retry's write collides on
            // the deterministic id and the stage is still sent exactly once.
            await outbox.AddAsync(NotificationFor(definition, current, now));
            notified = current.Name;
            state.State.StagesSent.Add(current.Name);
            state.State.StagesSkipped.AddRange(skipped);
            state.State.LastHandledStage = current.Index;
        }

        var next = schedule.StageAt(state.State.LastHandledStage + 1);
        state.State.NextCheckAt = next?.At;
        await state.WriteStateAsync();
        if (next is not null)
            await dueIndex.ScheduleAsync(this.GetPrimaryKeyString(), next.At, now);
        return new DeadlineCheckResult(notified, skipped, next?.At);
    }

    /// <inheritdoc />
    public async Task StopAsync()
    {
        if (state.State.Stopped || state.State.Definition is null) return;
        state.State.Stopped = true;
        state.State.NextCheckAt = null;
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public Task<DeadlineSnapshot?> GetAsync() =>
        Task.FromResult(state.State.Definition is null ? null : Snapshot());

    private LadderSchedule Schedule() => new(state.State.Definition!.Ladder, state.State.Definition.DueDate);

    private DeadlineSnapshot Snapshot() => new(this.GetPrimaryKeyString(), state.State.Definition!.DueDate,
        state.State.StagesSent.ToList(), state.State.NextCheckAt, state.State.Stopped);

    private Notification NotificationFor(DeadlineDefinition definition, ScheduledStage stage, DateTimeOffset now) => new(
        TrackingIds.NotificationId(this.GetPrimaryKeyString(), stage.Name),
        definition.Recipients.ForLevel(stage.Level),
        stage.Level == 0 ? "reminder" : "escalation",
        stage.Level,
        stage.Name,
        definition.TaskId,
        definition.DueDate,
        stage.At,
        now,
        NotificationMessages.For(definition, stage),
        "pending");
}
