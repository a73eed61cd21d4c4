using Orleans.Serialization;
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
    WorkingDays workingDays,
    DeepCopier copier) : CommandGrain<DeadlineState>(state, copier), IDeadlineGrain
{
    /// <inheritdoc />
    public async Task<DeadlineSnapshot> ScheduleAsync(DeadlineDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (State.State.Definition is null)
        {
            State.State.Definition = definition;
            State.State.NextCheckAt = Schedule().StageAt(0)?.At;
            await State.WriteStateAsync();
        }

        await RegisterNextCheckAsync();
        return Snapshot();
    }

    /// <inheritdoc />
    public async Task<DeadlineCheckResult> CheckAsync(DateTimeOffset now)
    {
        if (State.State.Definition is not { } definition || State.State.Stopped)
            return new DeadlineCheckResult(null, [], null);

        var schedule = Schedule();
        var current = schedule.CurrentAt(now);
        string? notified = null;
        var skipped = new List<string>();
        if (current is not null && current.Index > State.State.LastHandledStage)
        {
            for (var i = State.State.LastHandledStage + 1; i < current.Index; i++)
                skipped.Add(StageLabel(schedule.StageAt(i)!.Name));

            // The outbox writes come before the state write: if we die in between, the retry's writes collide on
            // the deterministic ids and the stage is still sent exactly once. They are committed together with
            // those of the other deadlines checked at the same moment (group commit), each still awaited here.
            var notifications = NotificationsFor(definition, current, now);
            await outbox.AddAllAsync(notifications);
            notified = StageLabel(current.Name);
            State.State.StagesSent.Add(notified);
            State.State.StagesSkipped.AddRange(skipped);
            State.State.LastHandledStage = current.Index;
            if (skipped.Count > 0)
                State.State.Log.Add(new HistoryEntry(now, "stages-skipped", Actor.System,
                    $"Bỏ qua các mốc {string.Join(", ", skipped)} của hạn {Format(definition.DueDate)}: hệ thống không hoạt động khi các mốc này đến hạn, chỉ gửi mốc hiện hành."));
            State.State.Log.Add(new HistoryEntry(now, "notification-sent", Actor.System,
                $"Đã gửi thông báo mốc {notified} của hạn {Format(definition.DueDate)} đến {RecipientsOf(notifications)} (mã {notifications[0].Id})."));
        }

        var next = schedule.StageAt(State.State.LastHandledStage + 1);
        State.State.NextCheckAt = next?.At;
        await State.WriteStateAsync();
        if (next is not null)
            await dueIndex.ScheduleAsync(this.GetPrimaryKeyString(), next.At, now);
        return new DeadlineCheckResult(notified, skipped, next?.At);
    }

    /// <inheritdoc />
    public async Task<DeadlineSnapshot> RescheduleAsync(DateOnly newDueDate)
    {
        var definition = State.State.Definition ?? throw new InvalidOperationException($"Deadline {this.GetPrimaryKeyString()} was never scheduled.");
        if (definition.DueDate == newDueDate)
        {
            // A retry of a reschedule whose due-index write failed after the state write.
            await RegisterNextCheckAsync();
            return Snapshot();
        }

        State.State.PreviousDueDates.Add(definition.DueDate);
        State.State.Definition = definition with { DueDate = newDueDate };
        State.State.Revision++;
        State.State.LastHandledStage = -1;
        State.State.Stopped = false;
        State.State.NextCheckAt = Schedule().StageAt(0)?.At;
        await State.WriteStateAsync();
        await RegisterNextCheckAsync();
        return Snapshot();
    }

    /// <inheritdoc />
    public async Task StopAsync()
    {
        if (State.State.Stopped || State.State.Definition is null) return;
        State.State.Stopped = true;
        State.State.NextCheckAt = null;
        await State.WriteStateAsync();
    }

    /// <inheritdoc />
    public Task<DeadlineSnapshot?> GetAsync() =>
        Task.FromResult(State.State.Definition is null ? null : Snapshot());

    /// <inheritdoc />
    protected override Task RepairAsync() => RegisterNextCheckAsync();

    // Idempotent: re-registering the same check time overwrites the same due-index row.
    private Task RegisterNextCheckAsync() =>
        !State.State.Stopped && State.State.NextCheckAt is { } next
            ? dueIndex.ScheduleAsync(this.GetPrimaryKeyString(), next, clock.Now)
            : Task.CompletedTask;

    private LadderSchedule Schedule() =>
        new(State.State.Definition!.Ladder, State.State.Definition.DueDate, workingDays.Add);

    // Stages of a rescheduled deadline are named per revision, so their notification ids never collide with the
    // ones already sent for the old date (the outbox and the broker would silently drop them as duplicates).
    private string StageLabel(string stage) => State.State.Revision == 0 ? stage : $"r{State.State.Revision}.{stage}";

    private DeadlineSnapshot Snapshot() => new(this.GetPrimaryKeyString(), State.State.Definition!.DueDate,
        State.State.StagesSent.ToList(), State.State.NextCheckAt, State.State.Stopped,
        State.State.PreviousDueDates.ToList(), State.State.Definition.Ladder.PolicyVersion, Revisions(), State.State.Log.ToList());

    // Revision n's stages carry the "r{n}." prefix (StageLabel); revision 0's none. Due dates: the previous ones in
    // order, then the current one.
    private List<DeadlineRevision> Revisions()
    {
        var dueDates = State.State.PreviousDueDates.Append(State.State.Definition!.DueDate).ToList();
        return dueDates.Select((due, n) => new DeadlineRevision(n, due,
            State.State.StagesSent.Where(s => RevisionOf(s) == n).ToList(),
            State.State.StagesSkipped.Where(s => RevisionOf(s) == n).ToList())).ToList();
    }

    private static int RevisionOf(string label)
    {
        if (label.Length < 3 || label[0] != 'r') return 0;
        var dot = label.IndexOf('.', StringComparison.Ordinal);
        return dot > 1 && int.TryParse(label.AsSpan(1, dot - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
    }

    // The recipients in order, each once (as Distinct would give them, without its iterator and set).
    private static string RecipientsOf(List<Notification> notifications)
    {
        var recipients = new List<string>(notifications.Count);
        foreach (var notification in notifications)
            if (!recipients.Contains(notification.Recipient)) recipients.Add(notification.Recipient);
        return string.Join(", ", recipients);
    }

    private static string Format(DateOnly date) => date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    // A list built in place, not an iterator copied into one: this runs once per deadline checked (the sweep).
    private List<Notification> NotificationsFor(DeadlineDefinition definition, ScheduledStage stage, DateTimeOffset now)
    {
        var id = TrackingIds.NotificationId(this.GetPrimaryKeyString(), StageLabel(stage.Name));
        var notifications = new List<Notification>(1 + (definition.Recipients.Coordinating?.Count ?? 0))
        {
            Create(id, definition.Recipients.ForLevel(stage.Level), NotificationMessages.For(definition, stage, VietnamTime.DateOf(now))),
        };

        // Coordinating agencies get the reminders that include them; escalations never go to them.
        if (stage.Level == 0 && stage.IncludeCoordinating)
        {
            foreach (var agency in definition.Recipients.Coordinating ?? [])
                notifications.Add(Create($"{id}.{agency}", agency, NotificationMessages.ForCoordinating(definition, VietnamTime.DateOf(now))));
        }
        return notifications;

        Notification Create(string notificationId, string recipient, string message) => new(
            notificationId, recipient, stage.Level == 0 ? "reminder" : "escalation", stage.Level, StageLabel(stage.Name),
            definition.TaskId, definition.DueDate, stage.At, now, message, DispatchStates.Pending);
    }
}
