using Serverless.Tracking;
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
    NotificationOutbox outbox,
    WorkingDays workingDays) : Grain, IDeadlineGrain
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
                skipped.Add(StageLabel(schedule.StageAt(i)!.Name));

            // The outbox writes come before the state write: if we die in between, the retry's writes collide on
            // the deterministic ids and the stage is still sent exactly once.
            foreach (var notification in NotificationsFor(definition, current, now))
                await outbox.AddAsync(notification);
            notified = StageLabel(current.Name);
            state.State.StagesSent.Add(notified);
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
    public async Task<DeadlineSnapshot> RescheduleAsync(DateOnly newDueDate)
    {
        var definition = state.State.Definition ?? throw new InvalidOperationException($"Deadline {this.GetPrimaryKeyString()} was never scheduled.");
        if (definition.DueDate == newDueDate) return Snapshot();

        state.State.PreviousDueDates.Add(definition.DueDate);
        state.State.Definition = definition with { DueDate = newDueDate };
        state.State.Revision++;
        state.State.LastHandledStage = -1;
        state.State.Stopped = false;
        state.State.NextCheckAt = Schedule().StageAt(0)?.At;
        await state.WriteStateAsync();
        if (state.State.NextCheckAt is { } next)
            await dueIndex.ScheduleAsync(this.GetPrimaryKeyString(), next, clock.Now);
        return Snapshot();
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

    private LadderSchedule Schedule() =>
        new(state.State.Definition!.Ladder, state.State.Definition.DueDate, workingDays.Add);

    // Stages of a rescheduled deadline are named per revision, so their notification ids never collide with the
    // ones already sent for the old date (the outbox and the broker would silently drop them as duplicates).
    private string StageLabel(string stage) => state.State.Revision == 0 ? stage : $"r{state.State.Revision}.{stage}";

    private DeadlineSnapshot Snapshot() => new(this.GetPrimaryKeyString(), state.State.Definition!.DueDate,
        state.State.StagesSent.ToList(), state.State.NextCheckAt, state.State.Stopped,
        state.State.PreviousDueDates.ToList(), state.State.Definition.Ladder.PolicyVersion);

    private IEnumerable<Notification> NotificationsFor(DeadlineDefinition definition, ScheduledStage stage, DateTimeOffset now)
    {
        var id = TrackingIds.NotificationId(this.GetPrimaryKeyString(), StageLabel(stage.Name));
        yield return Create(id, definition.Recipients.ForLevel(stage.Level), NotificationMessages.For(definition, stage));

        // Coordinating agencies get the reminders that include them; escalations never go to them.
        if (stage.Level == 0 && stage.IncludeCoordinating)
        {
            foreach (var agency in definition.Recipients.Coordinating ?? [])
                yield return Create($"{id}.{agency}", agency, NotificationMessages.ForCoordinating(definition, stage));
        }

        Notification Create(string notificationId, string recipient, string message) => new(
            notificationId, recipient, stage.Level == 0 ? "reminder" : "escalation", stage.Level, StageLabel(stage.Name),
            definition.TaskId, definition.DueDate, stage.At, now, message, DispatchStates.Pending);
    }
}
