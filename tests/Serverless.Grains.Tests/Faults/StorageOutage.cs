using Azure;

namespace Serverless.Grains.Tests.Faults;

/// <summary>The switch of <see cref="SwitchableGrainStorage"/>: while on, grain storage fails as it does when storage is down.</summary>
public sealed class StorageOutage
{
    private volatile string[]? failing;

    /// <summary>How many reads and writes were refused since the last <see cref="Start"/>.</summary>
    public int Refused => refused;

    private int refused;

    /// <summary>Fails every read and write of the named grain states ("task", "deadline", "notice"), or of all when none are named.</summary>
    public void Start(params string[] stateNames)
    {
        refused = 0;
        failing = stateNames;
    }

    /// <summary>Storage is back.</summary>
    public void Stop() => failing = null;

    /// <summary>Throws what the Azure SDK throws when the table endpoint refuses connections, if <paramref name="stateName"/> is failing.</summary>
    public void ThrowIfDown(string stateName)
    {
        if (failing is not { } names || (names.Length > 0 && !names.Contains(stateName))) return;
        Interlocked.Increment(ref refused);
        throw new RequestFailedException(0, $"Connection refused (storage outage switched on for '{stateName}').");
    }
}
