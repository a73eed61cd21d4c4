using System.Diagnostics;
using Azure.Data.Tables;

namespace Serverless.Benchmarks;

/// <summary>
/// The emulator's own rate, measured beside the product's figures with the plain <c>Azure.Data.Tables</c> client:
/// what the same store gives when none of our code is in the way.
/// </summary>
public static class RawTableRates
{
    /// <summary>Rows written by <see cref="SingleUpsertsAsync"/>.</summary>
    public const int SingleUpsertRows = 2_000;

    /// <summary>
    /// 2,000 single upserts of a 300-character row over 16 partitions, 32 in flight, into <paramref name="table"/>
    /// (created if missing); the row keys are new on every call, so each is an insert, unless <paramref name="run"/>
    /// names the rows of an earlier call, whose rows it then replaces. Upserts per second.
    /// </summary>
    public static async Task<double> SingleUpsertsAsync(TableServiceClient service, string table, string? run = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(service);
        var client = service.GetTableClient(table);
        await client.CreateIfNotExistsAsync(cancellationToken);
        var content = new string('x', 300);
        run ??= Guid.NewGuid().ToString("N")[..8];
        return await WritesPerSecondAsync(SingleUpsertRows, 32, (i, ct) => client.UpsertEntityAsync(
            new TableEntity($"raw~{run}~{i % 16}", $"r{i:D8}") { ["Content"] = content, ["Status"] = "InProgress" }, TableUpdateMode.Replace, ct),
            cancellationToken);
    }

    /// <summary>Calls <paramref name="write"/> for 0 to <paramref name="count"/> - 1, <paramref name="inFlight"/> at a time; calls per second.</summary>
    public static async Task<double> WritesPerSecondAsync(int count, int inFlight, Func<int, CancellationToken, Task> write,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(write);
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = inFlight, CancellationToken = cancellationToken },
            async (i, ct) => await write(i, ct));
        return count / clock.Elapsed.TotalSeconds;
    }
}
