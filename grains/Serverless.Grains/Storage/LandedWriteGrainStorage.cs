using Microsoft.Extensions.Logging;
using Orleans.Serialization;
using Orleans.Storage;

namespace Serverless.Grains.Storage;

/// <summary>
/// The grains' table storage, recognising a write that landed although its answer was lost. When a try's response
/// never arrives (the storage client's network time-out, a dropped connection), the storage client tries again, and
/// that retry meets the first try's own write: an insert finds the row (409), a replace finds a newer ETag (412).
/// Orleans reports both as <see cref="InconsistentStateException"/>, and the command failed although storage holds
/// exactly what it wrote; the 100,000-task run met it on loaded Azurite, and it happens on Azure too, rarely.
/// This decorator then reads the row back: if it holds the state being written (the same bytes under the Orleans
/// serializer once both went through it, which writes a graph in its own enumeration order), the write landed; it takes the stored ETag and
/// succeeds. Any other state is a real conflict and is thrown as before (the grain reloads, see CommandGrain).
/// </summary>
public sealed partial class LandedWriteGrainStorage(IGrainStorage inner, Serializer serializer, ILogger<LandedWriteGrainStorage> logger) : IGrainStorage
{
    /// <inheritdoc />
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ReadStateAsync(stateName, grainId, grainState);

    /// <inheritdoc />
    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        try
        {
            await inner.WriteStateAsync(stateName, grainId, grainState);
        }
        catch (InconsistentStateException conflict)
        {
            var stored = new GrainState<T>();
            await inner.ReadStateAsync(stateName, grainId, stored);
            if (!stored.RecordExists || !SameState(grainState.State, stored.State)) throw;

            grainState.ETag = stored.ETag;
            grainState.RecordExists = true;
            var grain = grainId.ToString();
            LogLandedWrite(logger, stateName, grain, conflict.Message);
        }
    }

    /// <inheritdoc />
    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ClearStateAsync(stateName, grainId, grainState);

    // Both sides as storage gives them back: a state in memory may hold an array where the stored one holds a list
    // (an IReadOnlyList property), which the serializer writes as another type. One round trip makes them alike.
    private bool SameState<T>(T written, T stored)
    {
        var asStored = serializer.Deserialize<T>(serializer.SerializeToArray(written));
        return serializer.SerializeToArray(asStored).AsSpan().SequenceEqual(serializer.SerializeToArray(stored));
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "The write of {StateName} for {GrainId} met its own earlier try (an answer lost on the way back): storage holds the state written, so the write counts as done ({Conflict})")]
    private static partial void LogLandedWrite(ILogger logger, string stateName, string grainId, string conflict);
}
