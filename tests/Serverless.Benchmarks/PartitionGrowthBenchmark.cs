using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using Serverless.Testing;

namespace Serverless.Benchmarks;

/// <summary>
/// The emulator alone, no product code: how a single write's and a query's cost grow with the rows already stored. One
/// partition is filled slice by slice; after each slice, three probes of 1,000 writes each (32 in flight): upserts of
/// new rows into that full partition, inserts (AddEntity) of new rows into it, upserts of new rows into 16 fresh
/// partitions of the same table; then the median of one-at-a-time queries of the first page (100 rows) of a small
/// partition and of the big one.
/// On Azure Table Storage a point write or a one-partition query costs the same at any size. On Azurite (LokiJS) a
/// write finds its row by scanning its partition's rows, and a query runs its filter over every row of the table, then
/// sorts every row that matched before it takes the page: the first two probes fall as the partition fills, a small
/// partition's query slows a little as the table fills, the big partition's first page costs as much as its rows.
/// That is where the product's import and reads slow down as the store fills (docs/performance.md, "Sixth pass").
/// </summary>
public static class PartitionGrowthBenchmark
{
    private const int ProbeRows = 1_000;
    private const int InFlight = 32;

    /// <summary>
    /// Runs: partition [rows in the big partition at the end] [rows per slice] [rows in the second table at the end]
    /// [rows per slice of the second table]. The second table grows in partitions of 1,000 rows only, so it shows what
    /// the table's size alone costs. Prints Markdown tables and writes them into docs/performance.md.
    /// </summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 40_000;
        var slice = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5_000;
        var tableRows = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200_000;
        var tableSlice = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 50_000;
        var report = new BenchmarkReport();
        report.Line(CultureInfo.InvariantCulture, $"`partition {rows} {slice} {tableRows} {tableSlice}` on {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average at start {BenchmarkReport.Load()}; rows of 300 characters, {InFlight} writes in flight, {ProbeRows:N0} writes per probe.");
        await using var azurite = await AzuriteServer.StartAsync();
        var table = new TableServiceClient(azurite.ConnectionString).GetTableClient("partitiongrowth");
        await table.CreateIfNotExistsAsync();
        var content = new string('x', 300);

        report.Line();
        report.Line("| rows in the big partition | rows in the table | fill: upserts/s into the big partition | probe: upserts/s of new rows into it | probe: inserts/s of new rows into it | probe: upserts/s into 16 fresh partitions | query: first page of a 63-row partition, median ms | query: first page of the big partition, median ms | load |");
        report.Line("|---|---|---|---|---|---|---|---|---|");
        for (var round = 0; round * slice < rows; round++)
        {
            var from = round * slice;
            var fill = await RateAsync(slice, (i, ct) => table.UpsertEntityAsync(Row("big", $"f{from + i:D9}", content), TableUpdateMode.Replace, ct));
            var filled = from + slice;
            var upsert = await RateAsync(ProbeRows, (i, ct) => table.UpsertEntityAsync(Row("big", $"u{round:D3}~{i:D6}", content), TableUpdateMode.Replace, ct));
            var insert = await RateAsync(ProbeRows, (i, ct) => table.AddEntityAsync(Row("big", $"i{round:D3}~{i:D6}", content), ct));
            var fresh = await RateAsync(ProbeRows, (i, ct) => table.UpsertEntityAsync(Row($"fresh~{round:D3}~{i % 16}", $"r{i:D6}", content), TableUpdateMode.Replace, ct));
            var smallQuery = await MedianQueryMillisecondsAsync(table, $"fresh~{round:D3}~0", 50);
            var bigQuery = await MedianQueryMillisecondsAsync(table, "big", 11);
            var inPartition = filled + (round + 1) * 2 * ProbeRows;
            var inTable = inPartition + (round + 1) * ProbeRows;
            report.Line(CultureInfo.InvariantCulture, $"| {inPartition:N0} | {inTable:N0} | {fill:F0} | {upsert:F0} | {insert:F0} | {fresh:F0} | {smallQuery:F1} | {bigQuery:F1} | {BenchmarkReport.Load()} |");
        }

        await TableGrowthAsync(report, new TableServiceClient(azurite.ConnectionString).GetTableClient("tablegrowth"), tableRows, tableSlice, content);
        var path = report.WriteInto($"partition {rows}");
        if (path is not null) Console.WriteLine($"written into {path}");
        return 0;
    }

    // A second table filled in partitions of 1,000 rows: no partition grows, only the table.
    private static async Task TableGrowthAsync(BenchmarkReport report, TableClient table, int rows, int slice, string content)
    {
        await table.CreateIfNotExistsAsync();
        report.Line();
        report.Line("| rows in the second table (partitions of 1,000 rows) | fill: upserts/s | probe: upserts/s into 16 fresh partitions | query: first page of a 63-row partition, median ms | query: first page of a 1,000-row partition, median ms | load |");
        report.Line("|---|---|---|---|---|---|");
        for (var round = 0; round * slice < rows; round++)
        {
            var from = round * slice;
            var fill = await RateAsync(slice, (i, ct) => table.UpsertEntityAsync(Row($"p{(from + i) / 1_000:D6}", $"r{(from + i) % 1_000:D6}", content), TableUpdateMode.Replace, ct));
            var filled = from + slice;
            var fresh = await RateAsync(ProbeRows, (i, ct) => table.UpsertEntityAsync(Row($"fresh~{round:D3}~{i % 16}", $"r{i:D6}", content), TableUpdateMode.Replace, ct));
            var smallQuery = await MedianQueryMillisecondsAsync(table, $"fresh~{round:D3}~0", 50);
            var fullQuery = await MedianQueryMillisecondsAsync(table, "p000000", 50);
            report.Line(CultureInfo.InvariantCulture, $"| {filled + (round + 1) * ProbeRows:N0} | {fill:F0} | {fresh:F0} | {smallQuery:F1} | {fullQuery:F1} | {BenchmarkReport.Load()} |");
        }
    }

    private static TableEntity Row(string partition, string row, string content) =>
        new(partition, row) { ["Content"] = content, ["Status"] = "InProgress" };

    // The median time of `count` queries, one at a time, of one partition's first page (up to 100 rows).
    private static async Task<double> MedianQueryMillisecondsAsync(TableClient table, string partition, int count)
    {
        var times = new List<double>();
        for (var i = 0; i < count; i++)
        {
            var clock = Stopwatch.StartNew();
            await foreach (var page in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, maxPerPage: 100).AsPages())
            {
                if (page.Values.Count == 0) throw new InvalidOperationException($"Partition {partition} is empty.");
                break;
            }
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return times[times.Count / 2];
    }

    // Writes per second of `count` calls of `write`, 32 in flight.
    private static Task<double> RateAsync(int count, Func<int, CancellationToken, Task> write) =>
        RawTableRates.WritesPerSecondAsync(count, InFlight, write);
}
