using Serverless.Grains.Domain;
using Serverless.Grains.Storage;

namespace Serverless.Grains.Grains;

/// <summary>One directive task: status rules, reports, history, and the deadlines it owns.</summary>
public sealed class DirectiveTaskGrain(
    [PersistentState("task", StorageNames.Tracking)] IPersistentState<DirectiveTaskState> state,
    TrackingClock clock,
    AgencyDirectory agencies,
    LadderPolicy ladderPolicy,
    TaskIndex taskIndex) : Grain, IDirectiveTaskGrain
{
    private const int ListContentLength = 300;

    /// <inheritdoc />
    public async Task<TaskSnapshot> CreateAsync(TaskDefinition definition, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (state.State.Definition is null)
        {
            state.State.Definition = definition;
            state.State.Status = DirectiveTaskStatus.InProgress;
            state.State.CreatedAt = clock.Now;
            state.State.DeadlineIds = definition.DueDates.Select((_, i) => TrackingIds.DeadlineId(definition.TaskId, i + 1)).ToList();
            state.State.History.Add(new HistoryEntry(clock.Now, "created", actor,
                $"Tạo nhiệm vụ từ Thông báo số {definition.NoticeNumber}, mục {definition.DirectiveNumber}."));
            await state.WriteStateAsync();
        }

        // Re-run on every call: scheduling and indexing are idempotent, so a retried import repairs a half-made task.
        if (state.State.Status == DirectiveTaskStatus.InProgress)
            await ScheduleDeadlinesAsync();
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
        state.State.History.Add(new HistoryEntry(report.At, "reported", actor,
            percentComplete is { } p ? $"Báo cáo tiến độ ({p}%): {text}" : $"Báo cáo tiến độ: {text}"));
        await state.WriteStateAsync();
        await IndexAsync();
        return new TaskCommandResult(await SnapshotAsync(), null);
    }

    /// <inheritdoc />
    public async Task<TaskCommandResult> CompleteAsync(string? note, Actor actor)
    {
        if (await RefuseAsync(TaskStatusRules.RefuseCompletion(state.State.Status)) is { } refused) return refused;

        state.State.Status = DirectiveTaskStatus.Completed;
        state.State.CompletedOn = clock.Today;
        state.State.History.Add(new HistoryEntry(clock.Now, "completed", actor,
            string.IsNullOrEmpty(note) ? "Hoàn thành nhiệm vụ." : $"Hoàn thành nhiệm vụ: {note}"));
        await state.WriteStateAsync();
        await StopDeadlinesAsync();
        await IndexAsync();
        return new TaskCommandResult(await SnapshotAsync(), null);
    }

    /// <inheritdoc />
    public async Task<TaskCommandResult> CancelAsync(string reason, Actor actor)
    {
        if (await RefuseAsync(TaskStatusRules.RefuseCancellation(state.State.Status)) is { } refused) return refused;

        state.State.Status = DirectiveTaskStatus.Cancelled;
        state.State.History.Add(new HistoryEntry(clock.Now, "cancelled", actor, $"Hủy nhiệm vụ: {reason}"));
        await state.WriteStateAsync();
        await StopDeadlinesAsync();
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

    private async Task<TaskCommandResult?> RefuseAsync(string? reason)
    {
        if (state.State.Definition is null) throw new InvalidOperationException($"Task {this.GetPrimaryKeyString()} does not exist.");
        return reason is null ? null : new TaskCommandResult(await SnapshotAsync(), reason);
    }

    private async Task ScheduleDeadlinesAsync()
    {
        var definition = state.State.Definition!;
        var leadName = agencies.Get(definition.LeadAgency).Name;
        var recipients = agencies.RecipientsFor(definition.LeadAgency);
        var summary = definition.Content.Length <= 160 ? definition.Content : definition.Content[..157] + "...";
        await Task.WhenAll(state.State.DeadlineIds.Select((id, i) => GrainFactory.GetGrain<IDeadlineGrain>(id).ScheduleAsync(
            new DeadlineDefinition(definition.TaskId, definition.DueDates[i], summary, definition.NoticeNumber, leadName,
                recipients, ladderPolicy.Current))));
    }

    private Task StopDeadlinesAsync() =>
        Task.WhenAll(state.State.DeadlineIds.Select(id => GrainFactory.GetGrain<IDeadlineGrain>(id).StopAsync()));

    private Task IndexAsync()
    {
        var d = state.State.Definition!;
        var content = d.Content.Length <= ListContentLength ? d.Content : d.Content[..(ListContentLength - 3)] + "...";
        return taskIndex.UpsertAsync(new TaskIndexEntry(d.TaskId, d.NoticeId, d.NoticeNumber, d.DirectiveNumber, content,
            d.LeadAgency, d.CoordinatingAgencies, state.State.Status, d.DueDates.Count > 0 ? d.DueDates.Min() : null,
            state.State.CompletedOn, state.State.Reports.LastOrDefault()?.At));
    }

    private async Task<TaskSnapshot> SnapshotAsync()
    {
        var deadlines = await Task.WhenAll(state.State.DeadlineIds.Select(id => GrainFactory.GetGrain<IDeadlineGrain>(id).GetAsync()));
        return new TaskSnapshot(state.State.Definition!, state.State.Status, state.State.CreatedAt, state.State.CompletedOn,
            deadlines.OfType<DeadlineSnapshot>().ToList(), state.State.Reports.ToList(), state.State.History.ToList());
    }
}
