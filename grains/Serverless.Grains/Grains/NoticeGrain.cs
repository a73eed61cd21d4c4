using System.Text.Json;
using Orleans.Serialization;
using Serverless.Tracking;

namespace Serverless.Grains.Grains;

/// <summary>A notice: creates its tasks once, then remembers them.</summary>
public sealed class NoticeGrain(
    [PersistentState("notice", StorageNames.Tracking)] IPersistentState<NoticeState> state,
    TrackingClock clock,
    DeepCopier copier) : CommandGrain<NoticeState>(state, copier), INoticeGrain
{
    /// <inheritdoc />
    public async Task<NoticeImportResult> ImportAsync(NoticeDefinition notice, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (State.State.Definition is { } existing)
        {
            var outcome = SameContent(existing, notice) ? NoticeImportOutcome.AlreadyImported : NoticeImportOutcome.ConflictingContent;
            return new NoticeImportResult(outcome, State.State.TaskIds);
        }

        // Tasks first, notice state last: if this call dies half-way, a retried import creates the rest,
        // and task creation is idempotent, so nothing is duplicated.
        var tasks = notice.AllTasks.ToList();
        await Task.WhenAll(tasks.Select(t => GrainFactory.GetGrain<IDirectiveTaskGrain>(t.TaskId).CreateAsync(t, actor)));

        State.State.Definition = notice;
        State.State.TaskIds = tasks.Select(t => t.TaskId).ToList();
        State.State.ImportedAt = clock.Now;
        await State.WriteStateAsync();
        return new NoticeImportResult(NoticeImportOutcome.Created, State.State.TaskIds);
    }

    /// <inheritdoc />
    public Task<NoticeSnapshot?> GetAsync() => Task.FromResult(State.State.Definition is { } definition
        ? new NoticeSnapshot(definition, State.State.TaskIds, State.State.ImportedAt)
        : null);

    // Records compare lists by reference, so compare the serialized forms instead.
    private static bool SameContent(NoticeDefinition a, NoticeDefinition b) =>
        JsonSerializer.Serialize(a) == JsonSerializer.Serialize(b);
}
