using System.Diagnostics;
using System.Globalization;
using Azure.Core;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Functions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Serverless.Functions.Sweeping;
using Serverless.Grains;
using Serverless.Tracking;
using Serverless.Grains.Grains;
using Serverless.LocalHost;
using Serverless.Testing;

namespace Serverless.Benchmarks;

/// <summary>
/// How many due deadlines one sweep processes per second, with grain state, the due index and the outbox on a real
/// (in-memory) Azurite: N deadlines all due in the same minute, one sweep, timed.
/// </summary>
public static class SweepBenchmark
{
    /// <summary>Runs: sweep [count] [parallelism].</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var parallelism = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 32;
        var due = new DateOnly(2023, 9, 30);
        var time = new FakeTimeProvider(new DateTimeOffset(2023, 9, 1, 1, 0, 0, TimeSpan.Zero));

        await using var azurite = await AzuriteServer.StartAsync();
        var settings = new LocalHostSettings { Urls = $"http://127.0.0.1:{FreePort.Next()}", Time = time, RunTimers = false };
        settings.Configuration["Storage:ConnectionString"] = azurite.ConnectionString;
        settings.Configuration["Orleans:ClusterId"] = "bench";
        settings.Configuration["Orleans:SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture);
        settings.Configuration["Orleans:GatewayPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture);
        settings.Configuration["Sweep:MaxParallelism"] = parallelism.ToString(CultureInfo.InvariantCulture);
        settings.Configuration["Auth:DevelopmentKeyFile"] = Path.Combine(Path.GetTempPath(), $"bench-{Guid.NewGuid():N}.pem");
        settings.Configuration["Logging:LogLevel:Default"] = "Warning";
        // The app's own client, with a counter of every request it sends (each try, retries included).
        var counter = new RequestCounter();
        var clientOptions = StorageResilience.ClientOptions();
        clientOptions.AddPolicy(counter, HttpPipelinePosition.PerRetry);
        var tableService = new TableServiceClient(azurite.ConnectionString, clientOptions);
        settings.ConfigureServices = services => services.AddSingleton(tableService);
        await using var app = LocalHostApp.Build(settings);
        await app.StartAsync();

        var grains = app.Services.GetRequiredService<IGrainFactory>();
        var agencies = app.Services.GetRequiredService<AgencyDirectory>();
        var ladder = app.Services.GetRequiredService<LadderPolicy>().Current;
        var seeding = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(1, count), new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (i, _) =>
        {
            var taskId = $"bench.{i}.1";
            await grains.GetGrain<IDeadlineGrain>($"{taskId}.d1").ScheduleAsync(new DeadlineDefinition(taskId, due,
                "Nhiệm vụ đo hiệu năng", "1/TB-BENCH", "Sở Xây dựng", ladder.RecipientsFor(agencies, "SXD", ["STC"]), ladder.Ladder));
        });
        seeding.Stop();

        // 23/9 08:00 Vietnam time: the first reminder of every deadline is due in this same minute.
        time.SetUtcNow(new DateTimeOffset(2023, 9, 23, 1, 0, 30, TimeSpan.Zero));
        var sweeper = app.Services.GetRequiredService<DeadlineSweeper>();
        // SWEEP_ALLOCATIONS=1: sample what the sweep allocates, by type (slows it a little; not for the timed figure).
        using var sampler = Environment.GetEnvironmentVariable("SWEEP_ALLOCATIONS") == "1" ? new AllocationSampler() : null;
        if (sampler is not null) sampler.Recording = true;
        var loadBefore = BenchmarkReport.Load();
        counter.Reset();
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var cpu = ProcessorTimes.Start(azurite);
        var sweep = Stopwatch.StartNew();
        var result = await sweeper.SweepAsync(CancellationToken.None);
        sweep.Stop();
        var cpuUsed = cpu.Stop();
        var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
        var requests = counter.Snapshot();
        if (sampler is not null) sampler.Recording = false;
        var again = Stopwatch.StartNew();
        var second = await sweeper.SweepAsync(CancellationToken.None);
        again.Stop();

        Console.WriteLine($"deadlines due in one minute: {count} (seeded in {seeding.Elapsed.TotalSeconds:F1} s)");
        Console.WriteLine($"sweep: {result.Checked} checked, {result.Notified} notified, {result.Failed} failed in {sweep.Elapsed.TotalSeconds:F1} s " +
            $"= {result.Checked / sweep.Elapsed.TotalSeconds:F0} deadlines/s (parallelism {parallelism})");
        Console.WriteLine($"allocated during the sweep: {allocated / 1024 / 1024} MB ({allocated / Math.Max(1, result.Checked) / 1024} KB per deadline); " +
            $"process peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB");
        var total = requests.Sum(r => r.Value);
        Console.WriteLine($"storage requests during the sweep: {total} = {(double)total / Math.Max(1, result.Checked):F2} per deadline");
        foreach (var (kind, n) in requests)
            Console.WriteLine($"  {kind}: {n} ({(double)n / Math.Max(1, result.Checked):F2} per deadline)");
        foreach (var (type, bytes) in sampler?.Top(25) ?? [])
            Console.WriteLine($"  sampled allocations: {type}: {bytes / Math.Max(1, result.Checked)} B per deadline");
        Console.WriteLine($"CPU during the sweep: {cpuUsed.Describe(sweep.Elapsed, result.Checked, "deadline")}");
        Console.WriteLine($"load average before the sweep: {loadBefore}; after: {BenchmarkReport.Load()}");
        Console.WriteLine($"second sweep at the same time: {second.Checked} checked, {second.Notified} notified in {again.Elapsed.TotalSeconds:F2} s");
        var raw = await RawTableRates.SingleUpsertsAsync(tableService, "rawsweep");
        Console.WriteLine($"raw single upserts right after (2,000 over 16 partitions, 32 in flight): {raw:F0}/s; " +
            $"sweep / raw = {result.Checked / sweep.Elapsed.TotalSeconds / raw:F2}");
        var batched = await RawBatchesAsync(tableService);
        Console.WriteLine($"raw upserts in transactions of 100 right after (20,000 over 16 partitions, 4 in flight): {batched:F0} rows/s");
        await app.StopAsync();
        return result.Checked == count && result.Failed == 0 && second.Notified == 0 ? 0 : 1;
    }

    // The same rows in entity-group transactions of 100: what the emulator gives when nothing else limits a batch.
    private static async Task<double> RawBatchesAsync(TableServiceClient service)
    {
        var client = service.GetTableClient("rawbatches");
        await client.CreateIfNotExistsAsync();
        var content = new string('x', 300);
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, 200), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (b, ct) =>
            await client.SubmitTransactionAsync(Enumerable.Range(0, 100).Select(i => new TableTransactionAction(TableTransactionActionType.UpsertReplace,
                new TableEntity($"raw~{b % 16}", $"r{b:D4}{i:D3}") { ["Content"] = content })), ct));
        return 20_000 / clock.Elapsed.TotalSeconds;
    }
}
