using System.Globalization;
using Orleans.Serialization;
using Serverless.Tracking;
using Serverless.Grains.Storage;

namespace Serverless.Grains.Grains;

/// <summary>One directive task: status rules, reports, extensions, acknowledgements, history, and its deadlines.</summary>
public sealed class DirectiveTaskGrain(
    [PersistentState("task", StorageNames.Tracking)] IPersistentState<DirectiveTaskState> state,
    TrackingClock clock,
    AgencyDirectory agencies,
    LadderPolicy ladderPolicy,
    TaskIndex taskIndex,
    ReportIndex reportIndex,
    NotificationOutbox outbox,
    FollowUpServices followUp,
    DeepCopier copier) : CommandGrain<DirectiveTaskState>(state, copier), IDirectiveTaskGrain
{
    private const int ListContentLength = 300;
    // The office (level 2) and the leadership (level 3) decide on extensions.
    private static readonly int[] DecidingLevels = [2, 3];
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    private readonly ExplanationFollowUp explanations = new(followUp, agencies);
    private readonly QuietProgressFollowUp quietWatch = new(followUp, agencies);

    // What the task index holds for this task, once known: read from the index on the first write after activation
    // (or known empty for a task created in this activation), then kept as written.
    private TaskIndexEntry? indexed;
    private bool indexedKnown;

    /// <inheritdoc />
    public async Task<TaskSnapshot> CreateAsync(TaskDefinition definition, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (State.State.Definition is null)
        {
            State.State.Definition = definition;
            State.State.Status = definition.Timing == TaskTiming.Conditional ? DirectiveTaskStatus.AwaitingDate : DirectiveTaskStatus.InProgress;
            State.State.CreatedAt = clock.Now;
            // Regular duties are tracked but never escalated, so they get no deadline grains.
            var dueDates = definition.Timing == TaskTiming.Dated ? definition.DueDates : [];
            State.State.DueDates = dueDates.ToList();
            State.State.DeadlineIds = dueDates.Select((_, i) => TrackingIds.DeadlineId(definition.TaskId, i + 1)).ToList();
            State.State.History.Add(new HistoryEntry(clock.Now, "created", actor, CreationDetail(definition)));
            if (QuietProgressFollowUp.Applies(State.State)) quietWatch.Arm(State.State, clock.Today);
            await State.WriteStateAsync();
            indexedKnown = true;
        }

        // Re-run on every call: scheduling and indexing are idempotent, so a retried import repairs a half-made task.
        await ApplyEffectsAsync(deadlinesChanged: true);
        return await SnapshotAsync();
    }

    /// <inheritdoc />
    public async Task<TaskSnapshot?> GetAsync() => State.State.Definition is null ? null : await SnapshotAsync();

    /// <inheritdoc />
    public async Task<TaskCommandResult> ReportProgressAsync(string text, int? percentComplete, Actor actor, string? clientRequestId = null)
    {
        if (clientRequestId is not null && State.State.AppliedRequestIds.Contains(clientRequestId))
            return new TaskCommandResult(await SnapshotAsync(), null);
        if (await RefuseAsync(TaskStatusRules.RefuseReport(State.State.Status)) is { } refused) return refused;
        RememberRequest(clientRequestId);

        var report = new ProgressReport(text, percentComplete, clock.Now, actor);
        State.State.Reports.Add(report);
        // Only the lead agency's reports count against silence; a coordinating agency's do not.
        var rearmed = actor.Agency == State.State.Definition!.LeadAgency && QuietProgressFollowUp.Applies(State.State)
            && quietWatch.Arm(State.State, clock.Today);
        State.State.History.Add(new HistoryEntry(report.At, "reported", actor,
            percentComplete is { } p ? $"Báo cáo tiến độ ({p}%): {text}" : $"Báo cáo tiến độ: {text}"));
        var result = await SaveAsync();
        if (rearmed) await quietWatch.ScheduleAsync(State.State, clock.Now);
        return result;
    }

    /// <inheritdoc />
    public async Task<TaskCommandResult> CompleteAsync(string? note, Actor actor)
    {
        if (await RefuseAsync(TaskStatusRules.RefuseCompletion(State.State.Status)) is { } refused) return refused;

        State.State.Status = DirectiveTaskStatus.Completed;
        State.State.CompletedOn = clock.Today;
        QuietProgressFollowUp.Stop(State.State);
        State.State.History.Add(new HistoryEntry(clock.Now, "completed", actor,
            string.IsNullOrEmpty(note) ? "Hoàn thành nhiệm vụ." : $"Hoàn thành nhiệm vụ: {note}"));
        return await SaveAsync(deadlinesChanged: true);
    }

    /// <inheritdoc />
    public async Task<TaskCommandResult> CancelAsync(string reason, Actor actor)
    {
        if (await RefuseAsync(TaskStatusRules.RefuseCancellation(State.State.Status)) is { } refused) return refused;

        State.State.Status = DirectiveTaskStatus.Cancelled;
        QuietProgressFollowUp.Stop(State.State);
        State.State.History.Add(new HistoryEntry(clock.Now, "cancelled", actor, $"Hủy nhiệm vụ: {reason}"));
        return await SaveAsync(deadlinesChanged: true);
    }

    /// <inheritdoc />
    public async Task<TaskCommandResult> RequestExtensionAsync(string deadlineId, DateOnly requestedDueDate, string reason, Actor actor)
    {
        if (await RefuseAsync(TaskStatusRules.RefuseExtension(State.State.Status)) is { } refused) return refused;
        var index = State.State.DeadlineIds.IndexOf(deadlineId);
        if (index < 0) return await RefusedAsync($"Nhiệm vụ không có thời hạn '{deadlineId}'.");
        var current = State.State.DueDates[index];
        if (requestedDueDate <= current)
            return await RefusedAsync($"Ngày đề nghị phải sau thời hạn hiện tại ({Format(current)}).");
        if (State.State.Extensions.Any(e => e.DeadlineId == deadlineId && e.Decision == ExtensionDecision.Pending))
            return await RefusedAsync("Đã có một đề nghị gia hạn đang chờ Lãnh đạo quyết định cho thời hạn này.");

        var request = new ExtensionRequest($"e{State.State.Extensions.Count + 1}", deadlineId, current, requestedDueDate, reason, actor,
            clock.Now, ExtensionDecision.Pending);
        State.State.Extensions.Add(request);
        State.State.History.Add(new HistoryEntry(clock.Now, "extension-requested", actor,
            $"Đề nghị gia hạn từ {Format(current)} đến {Format(requestedDueDate)}: {reason}"));
        return await SaveAsync(notify: request);
    }

    /// <inheritdoc />
    public async Task<TaskCommandResult> DecideExtensionAsync(string requestId, bool approve, string? note, Actor actor)
    {
        EnsureExists();
        var position = State.State.Extensions.FindIndex(e => e.RequestId == requestId);
        if (position < 0) return await RefusedAsync($"Không có đề nghị gia hạn '{requestId}'.");
        var request = State.State.Extensions[position];
        if (request.Decision != ExtensionDecision.Pending) return await RefusedAsync("Đề nghị gia hạn này đã được quyết định.");
        if (approve && await RefuseAsync(TaskStatusRules.RefuseExtension(State.State.Status)) is { } refused) return refused;
        // A request can wait for its decision until its date has passed: approving it then would escalate at once.
        if (approve && request.RequestedDueDate < clock.Today)
            return await RefusedAsync($"Ngày đề nghị gia hạn ({Format(request.RequestedDueDate)}) đã qua; không thể đồng ý.");

        var decided = State.State.Extensions[position] = request with
        {
            Decision = approve ? ExtensionDecision.Approved : ExtensionDecision.Rejected,
            DecidedBy = actor,
            DecidedAt = clock.Now,
            DecisionNote = note,
        };
        var suffix = string.IsNullOrEmpty(note) ? "" : $" Ý kiến: {note}";
        if (approve)
        {
            var index = State.State.DeadlineIds.IndexOf(request.DeadlineId);
            State.State.DueDates[index] = request.RequestedDueDate;
            State.State.History.Add(new HistoryEntry(clock.Now, "extension-approved", actor,
                $"Đồng ý gia hạn từ {Format(request.CurrentDueDate)} đến {Format(request.RequestedDueDate)}.{suffix}"));
            return await SaveAsync(deadlinesChanged: true, notify: decided);
        }

        State.State.History.Add(new HistoryEntry(clock.Now, "extension-rejected", actor,
            $"Không đồng ý gia hạn đến {Format(request.RequestedDueDate)}; giữ thời hạn {Format(request.CurrentDueDate)}.{suffix}"));
        return await SaveAsync(notify: decided);
    }

    /// <inheritdoc />
    public async Task<TaskCommandResult> AcknowledgeAsync(string notificationId, Actor actor)
    {
        if (await RefuseAsync(TaskStatusRules.RefuseAcknowledgement(State.State.Status)) is { } refused) return refused;
        var deadlineId = State.State.DeadlineIds.FirstOrDefault(id => notificationId.StartsWith(id + ".", StringComparison.Ordinal));
        if (deadlineId is null || !await WasSentAsync(deadlineId, notificationId[(deadlineId.Length + 1)..]))
            return await RefusedAsync($"Nhiệm vụ này chưa có thông báo '{notificationId}' nào được gửi.");
        var key = $"{notificationId}|{actor.Agency ?? actor.Subject}";
        if (State.State.AcknowledgedNotifications.Contains(key)) return new TaskCommandResult(await SnapshotAsync(), null);

        State.State.AcknowledgedNotifications.Add(key);
        State.State.History.Add(new HistoryEntry(clock.Now, "acknowledged", actor, $"Đã nhận thông báo {notificationId}."));
        return await SaveAsync();
    }

    /// <inheritdoc />
    public async Task<TaskCommandResult> SetDueDateAsync(DateOnly dueDate, string? note, Actor actor)
    {
        if (await RefuseAsync(TaskStatusRules.RefuseSettingDate(State.State.Status)) is { } refused) return refused;

        var id = TrackingIds.DeadlineId(State.State.Definition!.TaskId, State.State.DeadlineIds.Count + 1);
        State.State.DeadlineIds.Add(id);
        State.State.DueDates.Add(dueDate);
        State.State.Status = DirectiveTaskStatus.InProgress;
        State.State.History.Add(new HistoryEntry(clock.Now, "due-date-set", actor,
            $"Xác định thời hạn {Format(dueDate)}." + (string.IsNullOrEmpty(note) ? "" : $" {note}")));
        quietWatch.Arm(State.State, clock.Today);
        return await SaveAsync(deadlinesChanged: true);
    }

    /// <inheritdoc />
    public async Task<TaskCommandResult> RequestExplanationAsync(DateOnly? answerDueDate, string reason, Actor actor)
    {
        EnsureExists();
        if (explanations.Request(State.State, answerDueDate, reason, actor, clock.Now) is { } refused)
            return await RefusedAsync(refused.Reason, refused.Field);
        await State.WriteStateAsync();
        await explanations.PublishAsync(State.State, State.State.Explanations[^1], clock.Now);
        return new TaskCommandResult(await SnapshotAsync(), null);
    }

    /// <inheritdoc />
    public async Task<TaskCommandResult> AnswerExplanationAsync(string requestId, string answer, Actor actor)
    {
        EnsureExists();
        if (explanations.Answer(State.State, requestId, answer, actor, clock.Now) is { } refused)
            return await RefusedAsync(refused.Reason, refused.Field);
        var result = await SaveAsync();
        await explanations.CloseAsync(State.State, requestId);
        return result;
    }

    /// <inheritdoc />
    public async Task<TaskCommandResult> UrgeAsync(string agency, UrgingLevel level, string reason, Actor actor, string? clientRequestId = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        EnsureExists();
        var d = State.State.Definition!;
        // A retry: applied once. Had its delivery failed, the repair before this call delivered it (once: same id and time).
        if (clientRequestId is not null && State.State.AppliedRequestIds.Contains(clientRequestId))
            return new TaskCommandResult(await SnapshotAsync(), null);
        if (await RefuseAsync(TaskStatusRules.RefuseUrging(State.State.Status)) is { } refusedByStatus) return refusedByStatus;
        if (agency != d.LeadAgency && !d.CoordinatingAgencies.Contains(agency))
            return await RefusedAsync($"{agencies.Get(agency).Name} không chủ trì hay phối hợp thực hiện nhiệm vụ này.", "agency");

        var recipient = ladderPolicy.Current.RecipientsFor(agencies, agency, []).ForLevel((int)level);
        var urgingId = $"dd{State.State.Urgings.Count + 1}";
        var urging = new Urging(urgingId, agency, level, recipient, reason, actor, clock.Now, $"{d.TaskId}.{urgingId}", clientRequestId);
        RememberRequest(clientRequestId);
        State.State.Urgings.Add(urging);
        var target = level switch
        {
            UrgingLevel.Agency => "",
            UrgingLevel.SupervisingOffice => $" qua {agencies.Get(recipient).Name}",
            _ => $", báo cáo {agencies.Get(recipient).Name}",
        };
        State.State.History.Add(new HistoryEntry(clock.Now, "urged", actor, $"Đôn đốc {agencies.Get(agency).Name}{target} ({urgingId}): {reason}"));
        // State first: the notification's time comes from the recorded urging, so a delivery done again (a retry, the
        // repair after a failure) collides with the first instead of sending twice.
        await State.WriteStateAsync();
        await DeliverAsync(urging);
        return new TaskCommandResult(await SnapshotAsync(), null);
    }

    /// <inheritdoc />
    public async Task<DeadlineCheckResult> CheckFollowUpAsync(string check, DateTimeOffset now)
    {
        if (State.State.Definition is null) return new DeadlineCheckResult(null, [], null);
        // Outbox first (ids and times come from the stage), then the state, then the next check.
        var result = check == TrackingIds.QuietCheck
            ? await quietWatch.CheckAsync(State.State, now)
            : await explanations.CheckAsync(State.State, check, now);
        await State.WriteStateAsync();
        if (result.NextCheckAt is { } next) await followUp.DueIndex.ScheduleAsync($"{State.State.Definition.TaskId}.{check}", next, now);
        return result;
    }

    private Task<bool> DeliverAsync(Urging urging)
    {
        var d = State.State.Definition!;
        DateOnly? due = State.State.DueDates.Count > 0 ? State.State.DueDates.Min() : null;
        return followUp.Outbox.AddAsync(new Notification(urging.NotificationId, urging.Recipient, "urging", (int)urging.Level, urging.UrgingId,
            d.TaskId, due ?? VietnamTime.DateOf(urging.At), urging.At, urging.At,
            FollowUpMessages.Urged(d, agencies.Get(urging.Agency).Name, urging.Level, urging.Actor.Role, due, urging.Reason), DispatchStates.Pending));
    }

    // What the follow-ups drive outside the grain's row, all idempotent: open requests delivered and listed, answered
    // ones off the list, the last urging delivered, pending checks in the due index.
    private async Task RepairFollowUpsAsync()
    {
        var taskId = State.State.Definition!.TaskId;
        foreach (var request in State.State.Explanations)
        {
            if (!request.IsOpen)
            {
                await followUp.Board.CloseAsync(taskId, request.RequestId);
                continue;
            }
            await explanations.PublishAsync(State.State, request, clock.Now);
        }
        if (State.State.Urgings.Count > 0) await DeliverAsync(State.State.Urgings[^1]);
    }

    /// <inheritdoc />
    public async Task RecordDeliveryFailureAsync(string notificationId, string detail)
    {
        if (State.State.Definition is null) return;
        if (State.State.History.Any(h => h.Action == "delivery-failed" && h.Detail == detail)) return;
        State.State.History.Add(new HistoryEntry(clock.Now, "delivery-failed", Actor.System, detail));
        await State.WriteStateAsync();
    }

    // A notification id is "{deadlineId}.{stage}" (lead and levels above) or "{deadlineId}.{stage}.{AGENCY}"
    // (coordinating agencies); either way its stage must be one the deadline has sent.
    private async Task<bool> WasSentAsync(string deadlineId, string rest)
    {
        var sent = (await GrainFactory.GetGrain<IDeadlineGrain>(deadlineId).GetAsync())?.StagesSent ?? [];
        var lastDot = rest.LastIndexOf('.');
        return sent.Contains(rest) || (lastDot > 0 && sent.Contains(rest[..lastDot]));
    }

    // State first, then what it drives: a reminder is never scheduled for a change storage does not hold, and an
    // effect that fails after the write is re-applied by the repair before the grain's next command.
    private async Task<TaskCommandResult> SaveAsync(bool deadlinesChanged = false, ExtensionRequest? notify = null)
    {
        await State.WriteStateAsync();
        await ApplyEffectsAsync(deadlinesChanged);
        if (notify is not null) await NotifyAsync(notify);
        return new TaskCommandResult(await SnapshotAsync(), null);
    }

    /// <inheritdoc />
    protected override async Task RepairAsync()
    {
        if (State.State.Definition is null) return;
        await ApplyEffectsAsync(deadlinesChanged: true);
        foreach (var extension in State.State.Extensions) await NotifyAsync(extension);
        await RepairFollowUpsAsync();
    }

    // An extension request goes to the office and the leadership who decide it; the decision goes back to the lead
    // agency. Deterministic ids ({taskId}.{requestId}.requested.{RECIPIENT}, {taskId}.{requestId}.{decision}) on the
    // deadlines' outbox path: a repeat (repair, retry) collides on the id, so each is stored and published once.
    private async Task NotifyAsync(ExtensionRequest request)
    {
        var task = State.State.Definition!;
        var recipients = ladderPolicy.Current.RecipientsFor(agencies, task.LeadAgency, task.CoordinatingAgencies);
        foreach (var (level, recipient) in DecidingLevels.Select(l => (l, recipients.ForLevel(l))).DistinctBy(x => x.Item2))
        {
            await outbox.AddAsync(new Notification($"{task.TaskId}.{request.RequestId}.requested.{recipient}", recipient, "extension-requested", level,
                $"{request.RequestId}.requested", task.TaskId, request.CurrentDueDate, request.RequestedAt, clock.Now,
                NotificationMessages.ExtensionRequested(task, agencies.Get(task.LeadAgency).Name, request), DispatchStates.Pending));
        }
        if (request.Decision == ExtensionDecision.Pending) return;

        var decision = request.Decision == ExtensionDecision.Approved ? "approved" : "rejected";
        await outbox.AddAsync(new Notification($"{task.TaskId}.{request.RequestId}.{decision}", task.LeadAgency, $"extension-{decision}", 0,
            $"{request.RequestId}.{decision}", task.TaskId, request.Decision == ExtensionDecision.Approved ? request.RequestedDueDate : request.CurrentDueDate,
            request.DecidedAt ?? clock.Now, clock.Now, NotificationMessages.ExtensionDecided(task, request), DispatchStates.Pending));
    }

    // Everything here is idempotent and follows from the state alone: deadlines run at their current dates while the
    // task is in progress and are stopped once it is done; the index rows mirror the state.
    private async Task ApplyEffectsAsync(bool deadlinesChanged)
    {
        if (deadlinesChanged)
        {
            if (State.State.Status == DirectiveTaskStatus.InProgress)
                await Task.WhenAll(State.State.DeadlineIds.Select((id, i) => EnsureDeadlineAsync(id, State.State.DueDates[i])));
            else if (State.State.Status is DirectiveTaskStatus.Completed or DirectiveTaskStatus.Cancelled)
                await StopDeadlinesAsync();
            await quietWatch.ScheduleAsync(State.State, clock.Now);
        }
        await IndexAsync();
    }

    private async Task EnsureDeadlineAsync(string deadlineId, DateOnly dueDate)
    {
        var deadline = await ScheduleDeadlineAsync(deadlineId, dueDate);
        // An approved extension whose reschedule did not happen yet: the scheduled deadline still has the old date.
        if (deadline.DueDate != dueDate) await GrainFactory.GetGrain<IDeadlineGrain>(deadlineId).RescheduleAsync(dueDate);
    }

    private void RememberRequest(string? clientRequestId)
    {
        if (clientRequestId is null) return;
        State.State.AppliedRequestIds.Add(clientRequestId);
        // Retries come within minutes; keeping the last 200 ids bounds the State.
        if (State.State.AppliedRequestIds.Count > 200) State.State.AppliedRequestIds.RemoveAt(0);
    }

    // A status rule's answer: null lets the command go on (on a task that exists), a reason refuses it.
    private async Task<TaskCommandResult?> RefuseAsync(string? reason)
    {
        EnsureExists();
        return reason is null ? null : await RefusedAsync(reason);
    }

    private async Task<TaskCommandResult> RefusedAsync(string reason, string? field = null)
    {
        EnsureExists();
        return new TaskCommandResult(await SnapshotAsync(), reason, field);
    }

    private void EnsureExists()
    {
        if (State.State.Definition is null) throw new InvalidOperationException($"Task {this.GetPrimaryKeyString()} does not exist.");
    }

    private Task<DeadlineSnapshot> ScheduleDeadlineAsync(string deadlineId, DateOnly dueDate)
    {
        var definition = State.State.Definition!;
        var summary = definition.Title ?? (definition.Content.Length <= 160 ? definition.Content : definition.Content[..157] + "...");
        return GrainFactory.GetGrain<IDeadlineGrain>(deadlineId).ScheduleAsync(new DeadlineDefinition(
            definition.TaskId, dueDate, summary, definition.NoticeNumber, agencies.Get(definition.LeadAgency).Name,
            ladderPolicy.Current.RecipientsFor(agencies, definition.LeadAgency, definition.CoordinatingAgencies), ladderPolicy.Current.Ladder));
    }

    private Task StopDeadlinesAsync() =>
        Task.WhenAll(State.State.DeadlineIds.Select(id => GrainFactory.GetGrain<IDeadlineGrain>(id).StopAsync()));

    private async Task IndexAsync()
    {
        var d = State.State.Definition!;
        var content = d.Content.Length <= ListContentLength ? d.Content : d.Content[..(ListContentLength - 3)] + "...";
        // The report index has its own partition and row: written alongside, never in the lead partition's transaction.
        var facts = reportIndex.UpsertAsync(TaskFactsProjection.From(State.State, content));
        var pending = State.State.Extensions.FirstOrDefault(e => e.Decision == ExtensionDecision.Pending);
        var entry = new TaskIndexEntry(d.TaskId, d.NoticeId, d.NoticeNumber, d.DirectiveNumber, content,
            d.LeadAgency, d.CoordinatingAgencies, State.State.Status, State.State.DueDates.Count > 0 ? State.State.DueDates.Min() : null,
            State.State.CompletedOn, State.State.Reports.LastOrDefault()?.At, d.Timing,
            State.State.Extensions.Count(e => e.Decision == ExtensionDecision.Pending),
            pending?.RequestedDueDate, pending is null ? null : pending.Reason.Length <= ListContentLength ? pending.Reason : pending.Reason[..(ListContentLength - 3)] + "...",
            d.Title);
        try
        {
            // Not knowing what was indexed last (a fresh activation, or a write that failed), the index reads it, and
            // also redoes the copies of the task's counters that a write cut short may have left behind.
            if (indexedKnown) await taskIndex.UpsertAsync(entry, indexed);
            else await taskIndex.UpsertAsync(entry);
            indexedKnown = true;
        }
        catch
        {
            // Part of the write may have landed: read it back next time.
            indexedKnown = false;
            throw;
        }
        indexed = entry;
        await facts;
    }

    private async Task<TaskSnapshot> SnapshotAsync()
    {
        var deadlines = (await Task.WhenAll(State.State.DeadlineIds.Select(id => GrainFactory.GetGrain<IDeadlineGrain>(id).GetAsync())))
            .OfType<DeadlineSnapshot>().ToList();
        // The deadlines keep their own log (they run on the sweep, not through this grain); the task's history shows
        // both, in time order.
        // At the same instant (a sweep right after an import or before an acknowledgement), the task's creation comes
        // first and the notifications before what people did about them.
        var history = State.State.History.Select(h => (Entry: h, Rank: h.Action == "created" ? 0 : 2))
            .Concat(deadlines.SelectMany(d => d.History ?? []).Select(h => (Entry: h, Rank: 1)))
            .OrderBy(x => x.Entry.At).ThenBy(x => x.Rank).Select(x => x.Entry).ToList();
        return new TaskSnapshot(State.State.Definition!, State.State.Status, State.State.CreatedAt, State.State.CompletedOn,
            deadlines, State.State.Reports.ToList(), history, State.State.Extensions.ToList(),
            State.State.Explanations.Select(ExplanationFollowUp.Snapshot).ToList(),
            State.State.Urgings.ToList(), quietWatch.Snapshot(State.State));
    }

    private static string CreationDetail(TaskDefinition d) => d.Timing switch
    {
        TaskTiming.Regular => $"Tạo nhiệm vụ thường xuyên từ Thông báo số {d.NoticeNumber}, mục {d.DirectiveNumber}.",
        TaskTiming.Conditional => $"Tạo nhiệm vụ chờ điều kiện từ Thông báo số {d.NoticeNumber}, mục {d.DirectiveNumber}; thời hạn sẽ do Lãnh đạo xác định.",
        _ => $"Tạo nhiệm vụ từ Thông báo số {d.NoticeNumber}, mục {d.DirectiveNumber}.",
    };

    private static string Format(DateOnly date) => date.ToString("dd/MM/yyyy", Vietnamese);
}
