using Orleans.Storage;

namespace Serverless.Grains.Tests.Faults;

/// <summary>The real Azure Table grain storage, behind a switch that makes it fail on demand.</summary>
public sealed class SwitchableGrainStorage(IGrainStorage inner, StorageOutage outage) : IGrainStorage
{
    /// <inheritdoc />
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        outage.ThrowIfDown(stateName);
        return inner.ReadStateAsync(stateName, grainId, grainState);
    }

    /// <inheritdoc />
    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        outage.ThrowIfDown(stateName);
        return inner.WriteStateAsync(stateName, grainId, grainState);
    }

    /// <inheritdoc />
    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        outage.ThrowIfDown(stateName);
        return inner.ClearStateAsync(stateName, grainId, grainState);
    }
}
