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
    private const int ImportWave = 16;

    /// <inheritdoc />
    public async Task<NoticeImportResult> ImportAsync(NoticeDefinition notice, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (State.State.Definition is { } existing)
        {
            var same = State.State.ContentHash is { } hash ? hash == ContentHash(notice) : SameContent(existing, notice);
            var outcome = same ? NoticeImportOutcome.AlreadyImported : NoticeImportOutcome.ConflictingContent;
            return new NoticeImportResult(outcome, State.State.TaskIds);
        }

        // Tasks first, notice state last: if this call dies half-way, a retried import creates the rest,
        // and task creation is idempotent, so nothing is duplicated.
        // The issue date travels with each task (not in the notice's definition, which re-imports compare).
        var tasks = notice.AllTasks.Select(t => t with { NoticeIssuedOn = notice.IssuedOn }).ToList();
        // In waves: a directive sent to a group makes hundreds of tasks, and all at once would swamp storage.
        foreach (var wave in tasks.Chunk(ImportWave))
            await Task.WhenAll(wave.Select(t => GrainFactory.GetGrain<IDirectiveTaskGrain>(t.TaskId).CreateAsync(t, actor)));

        // A directive sent to a group repeats its text in every task: keep it once, in the directive (an entity holds 1 MB).
        State.State.Definition = Compact(notice);
        State.State.ContentHash = ContentHash(notice);
        State.State.TaskIds = tasks.Select(t => t.TaskId).ToList();
        State.State.ImportedAt = clock.Now;
        await State.WriteStateAsync();
        return new NoticeImportResult(NoticeImportOutcome.Created, State.State.TaskIds);
    }

    /// <inheritdoc />
    public Task<NoticeSnapshot?> GetAsync() => Task.FromResult(State.State.Definition is { } definition
        ? new NoticeSnapshot(Expand(definition), State.State.TaskIds, State.State.ImportedAt)
        : null);

    /// <summary>The fingerprint of a definition's content, as the duplicate check compares it.</summary>
    public static string ContentHash(NoticeDefinition notice) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(notice)));

    private static NoticeDefinition Compact(NoticeDefinition notice) => notice with
    {
        Directives = [.. notice.Directives.Select(d => d with { Tasks = [.. d.Tasks.Select(t => t.Content == d.Text ? t with { Content = "" } : t)] })],
    };

    private static NoticeDefinition Expand(NoticeDefinition notice) => notice with
    {
        Directives = [.. notice.Directives.Select(d => d with { Tasks = [.. d.Tasks.Select(t => t.Content.Length == 0 ? t with { Content = d.Text } : t)] })],
    };

    // Records compare lists by reference, so compare the serialized forms instead.
    private static bool SameContent(NoticeDefinition a, NoticeDefinition b) =>
        JsonSerializer.Serialize(a) == JsonSerializer.Serialize(b);
}
