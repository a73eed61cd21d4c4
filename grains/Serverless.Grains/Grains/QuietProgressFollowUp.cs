using System.Globalization;
using Serverless.Grains.Storage;
using Serverless.Tracking;

namespace Serverless.Grains.Grains;

/// <summary>
/// The quiet-progress watch of one task: once its lead agency has sent no progress report for the policy's working
/// days, a reminder to report; after a further period, an escalation to the supervising office. Separate from the
/// deadline ladder; a lead-agency report starts the count again, and the task's end stops it. Driven by the due index
/// and the sweep like deadlines, so an outage or a double sweep sends only the stage current now, once.
/// </summary>
public sealed class QuietProgressFollowUp(FollowUpServices services, AgencyDirectory agencies)
{
    /// <summary>True for a task the watch follows: in progress, with a due date (regular duties are never chased).</summary>
    public static bool Applies(DirectiveTaskState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Status == DirectiveTaskStatus.InProgress && state.DeadlineIds.Count > 0;
    }

    /// <summary>
    /// Starts the count from <paramref name="since"/> (the task started, or its lead agency just reported). The first
    /// watch of a task freezes the policy in force. Changes the state only; returns true when the new check needs a
    /// due-index row (<see cref="ScheduleAsync"/>, once the state is written): a pending check at or before the new
    /// time needs none, since it finds nothing due yet and moves itself on.
    /// </summary>
    public bool Arm(DirectiveTaskState state, DateOnly since)
    {
        ArgumentNullException.ThrowIfNull(state);
        var watch = state.QuietWatch ??= new QuietWatchState
        {
            Ladder = services.Policy.QuietProgress.Ladder,
            Recipients = services.Policy.QuietProgress.RecipientsFor(agencies, state.Definition!.LeadAgency, []),
            QuietAfterWorkingDays = services.Policy.QuietAfterWorkingDays,
        };
        var pending = watch.Stopped ? null : watch.NextCheckAt;
        watch.QuietSince = since;
        watch.LastHandledStage = -1;
        watch.Stopped = false;
        watch.NextCheckAt = Schedule(watch).StageAt(0)?.At;
        return watch.NextCheckAt is { } next && (pending is null || next < pending);
    }

    /// <summary>Registers the watch's next check in the due index (idempotent); nothing when it is stopped or done.</summary>
    public Task ScheduleAsync(DirectiveTaskState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.QuietWatch is { Stopped: false, NextCheckAt: { } next }
            ? services.DueIndex.ScheduleAsync(TrackingIds.QuietWatchId(state.Definition!.TaskId), next, now)
            : Task.CompletedTask;
    }

    /// <summary>Nothing more is sent (the task ended).</summary>
    public static void Stop(DirectiveTaskState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.QuietWatch is not { } watch) return;
        watch.Stopped = true;
        watch.NextCheckAt = null;
    }

    /// <summary>The sweep's check: sends the stage current at <paramref name="now"/> if it was not sent yet.</summary>
    public async Task<DeadlineCheckResult> CheckAsync(DirectiveTaskState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.QuietWatch is not { Stopped: false } watch) return new DeadlineCheckResult(null, [], null);
        if (!Applies(state))
        {
            Stop(state);
            return new DeadlineCheckResult(null, [], null);
        }

        var task = state.Definition!;
        var step = LadderWalk.Advance(Schedule(watch), watch.LastHandledStage, now);
        var period = watch.QuietSince.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        if (step.Notify is { } stage)
        {
            var recipient = watch.Recipients!.ForLevel(stage.Level);
            var label = $"{period}.{stage.Name}";
            // The period's first day is in the id: each quiet period sends each stage once, and a new period never collides.
            await services.Outbox.AddAsync(new Notification(
                TrackingIds.NotificationId(TrackingIds.QuietWatchId(task.TaskId), label), recipient,
                stage.Level == 0 ? "progress-reminder" : "progress-escalation", stage.Level, $"quiet.{label}", task.TaskId,
                state.DueDates.Min(), stage.At, now,
                FollowUpMessages.QuietStage(task, agencies.Get(task.LeadAgency).Name, watch.QuietSince, watch.QuietAfterWorkingDays, stage),
                DispatchStates.Pending));
            watch.StagesSent.Add(label);
            watch.StagesSkipped.AddRange(step.Skipped.Select(s => $"{period}.{s.Name}"));
            state.History.Add(new HistoryEntry(now, stage.Level == 0 ? "quiet-reminded" : "quiet-escalated", Actor.System, stage.Level == 0
                ? $"Chưa có báo cáo tiến độ của cơ quan chủ trì từ ngày {FollowUpMessages.Format(watch.QuietSince)}: đã nhắc {agencies.Get(recipient).Name} báo cáo."
                : $"Chưa có báo cáo tiến độ của cơ quan chủ trì từ ngày {FollowUpMessages.Format(watch.QuietSince)}: đã báo cáo {agencies.Get(recipient).Name}."));
        }
        watch.LastHandledStage = step.LastHandled;
        watch.NextCheckAt = step.Next?.At;
        return new DeadlineCheckResult(step.Notify is null ? null : $"quiet.{period}.{step.Notify.Name}",
            step.Skipped.Select(s => $"quiet.{period}.{s.Name}").ToList(), watch.NextCheckAt);
    }

    /// <summary>What callers see of the watch; null before it was armed.</summary>
    public QuietWatchSnapshot? Snapshot(DirectiveTaskState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.QuietWatch is not { } watch
            ? null
            : new QuietWatchSnapshot(watch.QuietSince, QuietOn(watch), watch.StagesSent.ToList(), watch.Stopped ? null : watch.NextCheckAt,
                watch.Ladder?.PolicyVersion ?? "");
    }

    private DateOnly QuietOn(QuietWatchState watch) => services.WorkingDays.Add(watch.QuietSince, watch.QuietAfterWorkingDays);

    private LadderSchedule Schedule(QuietWatchState watch) => new(watch.Ladder!, QuietOn(watch), services.WorkingDays.Add);
}
