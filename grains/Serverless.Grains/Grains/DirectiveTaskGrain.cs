using System.Globalization;
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
    FollowUpServices followUp) : Grain, IDirectiveTaskGrain
{
    private const int ListContentLength = 300;
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    private readonly ExplanationFollowUp explanations = new(followUp, agencies);
    private readonly QuietProgressFollowUp quietWatch = new(followUp, agencies);

    /// <inheritdoc />
    public async Task<TaskSnapshot> CreateAsync(TaskDefinition definition, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (state.State.Definition is null)
        {
            state.State.Definition = definition;
            state.State.Status = definition.Timing == TaskTiming.Conditional ? DirectiveTaskStatus.AwaitingDate : DirectiveTaskStatus.InProgress;
            state.State.CreatedAt = clock.Now;
            // Regular duties are tracked but never escalated, so they get no deadline grains.
            var dueDates = definition.Timing == TaskTiming.Dated ? definition.DueDates : [];
            state.State.DueDates = dueDates.ToList();
            state.State.DeadlineIds = dueDates.Select((_, i) => TrackingIds.DeadlineId(definition.TaskId, i + 1)).ToList();
            state.State.History.Add(new HistoryEntry(clock.Now, "created", actor, CreationDetail(definition)));
            if (QuietProgressFollowUp.Applies(state.State)) await quietWatch.ArmAsync(state.State, clock.Today, clock.Now);
            await state.WriteStateAsync();
        }

        // Re-run on every call: scheduling and indexing are idempotent, so a retried import repairs a half-made task.
        if (state.State.Status == DirectiveTaskStatus.InProgress)
            await Task.WhenAll(state.State.DeadlineIds.Select((id, i) => ScheduleDeadlineAsync(id, state.State.DueDates[i])));
        await IndexAsync();
        return await SnapshotAsync();
    }

    /// <inheritdoc />
    public async Task<TaskSnapshot?> GetAsync() => state.State.Definition is null ? null : await SnapshotAsync();

    /// <inheritdoc />
    public async Task<TaskCommandResult> ReportProgressAsync(string text, int? percentComplete, Actor actor, string? clientRequestId = null)
    {
        if (clientRequestId is not null && state.State.AppliedRequestIds.Contains(clientRequestId))
            return new TaskCommandResult(await SnapshotAsync(), null);
        if (await RefuseAsync(TaskStatusRules.RefuseReport(state.State.Status)) is { } refused) return refused;
        RememberRequest(clientRequestId);

        var report = new ProgressReport(text, percentComplete, clock.Now, actor);
        state.State.Reports.Add(report);
        // Only the lead agency's reports count against silence; a coordinating agency's do not.
        if (actor.Agency == state.State.Definition!.LeadAgency && QuietProgressFollowUp.Applies(state.State))
            await quietWatch.ArmAsync(state.State, clock.Today, clock.Now);
        state.State.History.Add(new HistoryEntry(report.At, "reported", actor,
            percentComplete is { } p ? $"Báo cáo tiến độ ({p}%): {text}" : $"Báo cáo tiến độ: {text}"));
        return await SaveAsync();
    }

    /// <inheritdoc />
    public async Task<TaskCommandResult> CompleteAsync(string? note, Actor actor)
    {
        if (await RefuseAsync(TaskStatusRules.RefuseCompletion(state.State.Status)) is { } refused) return refused;

        state.State.Status = DirectiveTaskStatus.Completed;
        state.State.CompletedOn = clock.Today;
        QuietProgressFollowUp.Stop(state.State);
        state.State.History.Add(new HistoryEntry(clock.Now, "completed", actor,
            string.IsNullOrEmpty(note) ? "Hoàn thành nhiệm vụ." : $"Hoàn thành nhiệm vụ: {note}"));
        await state.WriteStateAsync();
        await StopDeadlinesAsync();
        return await SaveAsync(writeState: false);
    }

    /// <inheritdoc />
    public async Task<TaskCommandResult> CancelAsync(string reason, Actor actor)
    {
        if (await RefuseAsync(TaskStatusRules.RefuseCancellation(state.State.Status)) is { } refused) return refused;

        state.State.Status = DirectiveTaskStatus.Cancelled;
        QuietProgressFollowUp.Stop(state.State);
        state.State.History.Add(new HistoryEntry(clock.Now, "cancelled", actor, $"Hủy nhiệm vụ: {reason}"));
        await state.WriteStateAsync();
        await StopDeadlinesAsync();
        return await SaveAsync(writeState: false);
    }

    /// <inheritdoc />
    public async Task<TaskCommandResult> RequestExtensionAsync(string deadlineId, DateOnly requestedDueDate, string reason, Actor actor)
    {
        if (await RefuseAsync(TaskStatusRules.RefuseExtension(state.State.Status)) is { } refused) return refused;
        var index = state.State.DeadlineIds.IndexOf(deadlineId);
        if (index < 0) return await RefusedAsync($"Nhiệm vụ không có thời hạn '{deadlineId}'.");
        var current = state.State.DueDates[index];
        if (requestedDueDate <= current)
            return await RefusedAsync($"Ngày đề nghị phải sau thời hạn hiện tại ({Format(current)}).");
        if (state.State.Extensions.Any(e => e.DeadlineId == deadlineId && e.Decision == ExtensionDecision.Pending))
            return await RefusedAsync("Đã có một đề nghị gia hạn đang chờ Lãnh đạo quyết định cho thời hạn này.");

        var request = new ExtensionRequest($"e{state.State.Extensions.Count + 1}", deadlineId, current, requestedDueDate, reason, actor,
            clock.Now, ExtensionDecision.Pending);
        state.State.Extensions.Add(request);
        state.State.History.Add(new HistoryEntry(clock.Now, "extension-requested", actor,
            $"Đề nghị gia hạn từ {Format(current)} đến {Format(requestedDueDate)}: {reason}"));
        return await SaveAsync();
    }

    /// <inheritdoc />
    public async Task<TaskCommandResult> DecideExtensionAsync(string requestId, bool approve, string? note, Actor actor)
    {
        EnsureExists();
        var position = state.State.Extensions.FindIndex(e => e.RequestId == requestId);
        if (position < 0) return await RefusedAsync($"Không có đề nghị gia hạn '{requestId}'.");
        var request = state.State.Extensions[position];
        if (request.Decision != ExtensionDecision.Pending) return await RefusedAsync("Đề nghị gia hạn này đã được quyết định.");
        if (approve && await RefuseAsync(TaskStatusRules.RefuseExtension(state.State.Status)) is { } refused) return refused;

        state.State.Extensions[position] = request with
        {
            Decision = approve ? ExtensionDecision.Approved : ExtensionDecision.Rejected,
            DecidedBy = actor,
            DecidedAt = clock.Now,
            DecisionNote = note,
        };
        var suffix = string.IsNullOrEmpty(note) ? "" : $" Ý kiến: {note}";
        if (approve)
        {
            var index = state.State.DeadlineIds.IndexOf(request.DeadlineId);
            state.State.DueDates[index] = request.RequestedDueDate;
            state.State.History.Add(new HistoryEntry(clock.Now, "extension-approved", actor,
                $"Đồng ý gia hạn từ {Format(request.CurrentDueDate)} đến {Format(request.RequestedDueDate)}.{suffix}"));
            await state.WriteStateAsync();
            await GrainFactory.GetGrain<IDeadlineGrain>(request.DeadlineId).RescheduleAsync(request.RequestedDueDate);
            return await SaveAsync(writeState: false);
        }

        state.State.History.Add(new HistoryEntry(clock.Now, "extension-rejected", actor,
            $"Không đồng ý gia hạn đến {Format(request.RequestedDueDate)}; giữ thời hạn {Format(request.CurrentDueDate)}.{suffix}"));
        return await SaveAsync();
    }

    /// <inheritdoc />
    public async Task<TaskCommandResult> AcknowledgeAsync(string notificationId, Actor actor)
    {
        if (await RefuseAsync(TaskStatusRules.RefuseAcknowledgement(state.State.Status)) is { } refused) return refused;
        var deadlineId = state.State.DeadlineIds.FirstOrDefault(id => notificationId.StartsWith(id + ".", StringComparison.Ordinal));
        if (deadlineId is null || !await WasSentAsync(deadlineId, notificationId[(deadlineId.Length + 1)..]))
            return await RefusedAsync($"Nhiệm vụ này chưa có thông báo '{notificationId}' nào được gửi.");
        var key = $"{notificationId}|{actor.Agency ?? actor.Subject}";
        if (state.State.AcknowledgedNotifications.Contains(key)) return new TaskCommandResult(await SnapshotAsync(), null);

        state.State.AcknowledgedNotifications.Add(key);
        state.State.History.Add(new HistoryEntry(clock.Now, "acknowledged", actor, $"Đã nhận thông báo {notificationId}."));
        return await SaveAsync();
    }

    /// <inheritdoc />
    public async Task<TaskCommandResult> SetDueDateAsync(DateOnly dueDate, string? note, Actor actor)
    {
        if (await RefuseAsync(TaskStatusRules.RefuseSettingDate(state.State.Status)) is { } refused) return refused;

        var id = TrackingIds.DeadlineId(state.State.Definition!.TaskId, state.State.DeadlineIds.Count + 1);
        state.State.DeadlineIds.Add(id);
        state.State.DueDates.Add(dueDate);
        state.State.Status = DirectiveTaskStatus.InProgress;
        state.State.History.Add(new HistoryEntry(clock.Now, "due-date-set", actor,
            $"Xác định thời hạn {Format(dueDate)}." + (string.IsNullOrEmpty(note) ? "" : $" {note}")));
        await quietWatch.ArmAsync(state.State, clock.Today, clock.Now);
        await state.WriteStateAsync();
        await ScheduleDeadlineAsync(id, dueDate);
        return await SaveAsync(writeState: false);
    }

    /// <inheritdoc />
    public async Task<TaskCommandResult> RequestExplanationAsync(DateOnly? answerDueDate, string reason, Actor actor)
    {
        EnsureExists();
        if (await explanations.RequestAsync(state.State, answerDueDate, reason, actor, clock.Now) is { } refused)
            return await RefusedAsync(refused.Reason, refused.Field);
        await state.WriteStateAsync();
        await explanations.PublishAsync(state.State, state.State.Explanations[^1]);
        return await SaveAsync(writeState: false);
    }

    /// <inheritdoc />
    public async Task<TaskCommandResult> AnswerExplanationAsync(string requestId, string answer, Actor actor)
    {
        EnsureExists();
        if (await explanations.AnswerAsync(state.State, requestId, answer, actor, clock.Now) is { } refused)
            return await RefusedAsync(refused.Reason, refused.Field);
        return await SaveAsync();
    }

    /// <inheritdoc />
    public async Task<TaskCommandResult> UrgeAsync(string agency, UrgingLevel level, string reason, Actor actor, string? clientRequestId = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        EnsureExists();
        var d = state.State.Definition!;
        if (clientRequestId is not null && state.State.AppliedRequestIds.Contains(clientRequestId))
        {
            // A retry: deliver the urging it recorded again, which collides with the first delivery unless that failed.
            if (state.State.Urgings.FirstOrDefault(u => u.ClientRequestId == clientRequestId) is { } earlier) await DeliverAsync(earlier);
            return new TaskCommandResult(await SnapshotAsync(), null);
        }
        if (await RefuseAsync(TaskStatusRules.RefuseUrging(state.State.Status)) is { } refusedByStatus) return refusedByStatus;
        if (agency != d.LeadAgency && !d.CoordinatingAgencies.Contains(agency))
            return await RefusedAsync($"{agencies.Get(agency).Name} không chủ trì hay phối hợp thực hiện nhiệm vụ này.", "agency");

        var recipient = ladderPolicy.Current.RecipientsFor(agencies, agency, []).ForLevel((int)level);
        var urgingId = $"dd{state.State.Urgings.Count + 1}";
        var urging = new Urging(urgingId, agency, level, recipient, reason, actor, clock.Now, $"{d.TaskId}.{urgingId}", clientRequestId);
        RememberRequest(clientRequestId);
        state.State.Urgings.Add(urging);
        var target = level switch
        {
            UrgingLevel.Agency => "",
            UrgingLevel.SupervisingOffice => $" qua {agencies.Get(recipient).Name}",
            _ => $", báo cáo {agencies.Get(recipient).Name}",
        };
        state.State.History.Add(new HistoryEntry(clock.Now, "urged", actor, $"Đôn đốc {agencies.Get(agency).Name}{target} ({urgingId}): {reason}"));
        // State first: the notification's time comes from the recorded urging, so a retry that delivers it again collides.
        await state.WriteStateAsync();
        await DeliverAsync(urging);
        return await SaveAsync(writeState: false);
    }

    /// <inheritdoc />
    public async Task<DeadlineCheckResult> CheckFollowUpAsync(string check, DateTimeOffset now)
    {
        if (state.State.Definition is null) return new DeadlineCheckResult(null, [], null);
        var result = check == TrackingIds.QuietCheck
            ? await quietWatch.CheckAsync(state.State, now)
            : await explanations.CheckAsync(state.State, check, now);
        await state.WriteStateAsync();
        if (result.NextCheckAt is { } next) await followUp.DueIndex.ScheduleAsync($"{state.State.Definition.TaskId}.{check}", next, now);
        return result;
    }

    private Task<bool> DeliverAsync(Urging urging)
    {
        var d = state.State.Definition!;
        DateOnly? due = state.State.DueDates.Count > 0 ? state.State.DueDates.Min() : null;
        return followUp.Outbox.AddAsync(new Notification(urging.NotificationId, urging.Recipient, "urging", (int)urging.Level, urging.UrgingId,
            d.TaskId, due ?? VietnamTime.DateOf(urging.At), urging.At, urging.At,
            FollowUpMessages.Urged(d, agencies.Get(urging.Agency).Name, urging.Level, urging.Actor.Role, due, urging.Reason), DispatchStates.Pending));
    }

    // A notification id is "{deadlineId}.{stage}" (lead and levels above) or "{deadlineId}.{stage}.{AGENCY}"
    // (coordinating agencies); either way its stage must be one the deadline has sent.
    private async Task<bool> WasSentAsync(string deadlineId, string rest)
    {
        var sent = (await GrainFactory.GetGrain<IDeadlineGrain>(deadlineId).GetAsync())?.StagesSent ?? [];
        var lastDot = rest.LastIndexOf('.');
        return sent.Contains(rest) || (lastDot > 0 && sent.Contains(rest[..lastDot]));
    }

    private async Task<TaskCommandResult> SaveAsync(bool writeState = true)
    {
        if (writeState) await state.WriteStateAsync();
        await IndexAsync();
        return new TaskCommandResult(await SnapshotAsync(), null);
    }

    private void RememberRequest(string? clientRequestId)
    {
        if (clientRequestId is null) return;
        state.State.AppliedRequestIds.Add(clientRequestId);
        // Retries come within minutes; keeping the last 200 ids bounds the state.
        if (state.State.AppliedRequestIds.Count > 200) state.State.AppliedRequestIds.RemoveAt(0);
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
        if (state.State.Definition is null) throw new InvalidOperationException($"Task {this.GetPrimaryKeyString()} does not exist.");
    }

    private Task<DeadlineSnapshot> ScheduleDeadlineAsync(string deadlineId, DateOnly dueDate)
    {
        var definition = state.State.Definition!;
        var summary = definition.Content.Length <= 160 ? definition.Content : definition.Content[..157] + "...";
        return GrainFactory.GetGrain<IDeadlineGrain>(deadlineId).ScheduleAsync(new DeadlineDefinition(
            definition.TaskId, dueDate, summary, definition.NoticeNumber, agencies.Get(definition.LeadAgency).Name,
            ladderPolicy.Current.RecipientsFor(agencies, definition.LeadAgency, definition.CoordinatingAgencies), ladderPolicy.Current.Ladder));
    }

    private Task StopDeadlinesAsync() =>
        Task.WhenAll(state.State.DeadlineIds.Select(id => GrainFactory.GetGrain<IDeadlineGrain>(id).StopAsync()));

    private Task IndexAsync()
    {
        var d = state.State.Definition!;
        var content = d.Content.Length <= ListContentLength ? d.Content : d.Content[..(ListContentLength - 3)] + "...";
        return taskIndex.UpsertAsync(new TaskIndexEntry(d.TaskId, d.NoticeId, d.NoticeNumber, d.DirectiveNumber, content,
            d.LeadAgency, d.CoordinatingAgencies, state.State.Status, state.State.DueDates.Count > 0 ? state.State.DueDates.Min() : null,
            state.State.CompletedOn, state.State.Reports.LastOrDefault()?.At, d.Timing,
            state.State.Extensions.Count(e => e.Decision == ExtensionDecision.Pending)));
    }

    private async Task<TaskSnapshot> SnapshotAsync()
    {
        var deadlines = await Task.WhenAll(state.State.DeadlineIds.Select(id => GrainFactory.GetGrain<IDeadlineGrain>(id).GetAsync()));
        return new TaskSnapshot(state.State.Definition!, state.State.Status, state.State.CreatedAt, state.State.CompletedOn,
            deadlines.OfType<DeadlineSnapshot>().ToList(), state.State.Reports.ToList(), state.State.History.ToList(),
            state.State.Extensions.ToList(), state.State.Explanations.Select(ExplanationFollowUp.Snapshot).ToList(),
            state.State.Urgings.ToList(), quietWatch.Snapshot(state.State));
    }

    private static string CreationDetail(TaskDefinition d) => d.Timing switch
    {
        TaskTiming.Regular => $"Tạo nhiệm vụ thường xuyên từ Thông báo số {d.NoticeNumber}, mục {d.DirectiveNumber}.",
        TaskTiming.Conditional => $"Tạo nhiệm vụ chờ điều kiện từ Thông báo số {d.NoticeNumber}, mục {d.DirectiveNumber}; thời hạn sẽ do Lãnh đạo xác định.",
        _ => $"Tạo nhiệm vụ từ Thông báo số {d.NoticeNumber}, mục {d.DirectiveNumber}.",
    };

    private static string Format(DateOnly date) => date.ToString("dd/MM/yyyy", Vietnamese);
}
