using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Azure.Core;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Serverless.Functions.Auth;
using Serverless.Functions.Hosting;
using Serverless.Functions.Sweeping;
using Serverless.Grains.Hosting;
using Serverless.Grains;
using Serverless.Grains.Grains;
using Serverless.LocalHost;
using Serverless.Testing;
using Serverless.Tracking;

namespace Serverless.Benchmarks;

/// <summary>
/// The product at scale on one Azurite: N tasks imported over HTTP (8 notices in flight), latency of the leaders' and
/// agencies' reads, a sweep of 10,000 deadlines due in one minute, and raw single upserts on the same Azurite for
/// comparison. Prints a Markdown table and writes it into docs/performance.md.
/// </summary>
public static class ScaleBenchmark
{
    private const int TasksPerNotice = 20;
    private const int ImportConcurrency = 8;
    private const int ReadRequests = 300;

    /// <summary>
    /// Runs: scale [tasks] [due in the sweep] [time-out per phase, minutes] [idle at the end, minutes] [time-out of the
    /// import, minutes; default the phase's].
    /// </summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var sweepCount = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
        var phaseLimit = TimeSpan.FromMinutes(args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 10);
        var idle = TimeSpan.FromMinutes(args.Length > 3 ? double.Parse(args[3], CultureInfo.InvariantCulture) : 0);
        // The import of a large N takes far longer than a read phase: it may have its own bound.
        var importLimit = args.Length > 4 ? TimeSpan.FromMinutes(double.Parse(args[4], CultureInfo.InvariantCulture)) : phaseLimit;
        var report = new BenchmarkReport();
        var time = new FakeTimeProvider(new DateTimeOffset(2023, 9, 1, 1, 0, 0, TimeSpan.Zero));
        var keyFile = Path.Combine(Path.GetTempPath(), $"bench-{Guid.NewGuid():N}.pem");
        var failed = false;
        var grainStateApart = Environment.GetEnvironmentVariable("GRAIN_STATE_ACCOUNT") == "apart";

        report.Line(CultureInfo.InvariantCulture, $"`scale {count} {sweepCount}`{(grainStateApart ? " with GRAIN_STATE_ACCOUNT=apart (grain state on a second Azurite)" : "")} on {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average at start {BenchmarkReport.Load()}; every phase bounded by {phaseLimit.TotalMinutes:F0} min, the import by {importLimit.TotalMinutes:F0} min.");
        await using var azurite = await AzuriteServer.StartAsync();
        var url = $"http://127.0.0.1:{FreePort.Next()}";
        var settings = new LocalHostSettings { Urls = url, Time = time, RunTimers = false };
        settings.Configuration["Storage:ConnectionString"] = azurite.ConnectionString;
        settings.Configuration["Orleans:ClusterId"] = "bench";
        settings.Configuration["Orleans:SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture);
        settings.Configuration["Orleans:GatewayPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture);
        settings.Configuration["Auth:DevelopmentKeyFile"] = keyFile;
        settings.Configuration["Logging:LogLevel:Default"] = "Warning";
        // The app's own client, with a counter of every request it sends (each try, retries included), as in the sweep benchmark.
        var counter = new RequestCounter();
        var clientOptions = StorageResilience.ClientOptions();
        clientOptions.AddPolicy(counter, HttpPipelinePosition.PerRetry);
        var appTables = new TableServiceClient(azurite.ConnectionString, clientOptions);
        // GRAIN_STATE_ACCOUNT=apart: the grains' state in an account of its own, a second Azurite (its own process,
        // so the emulator can use the second core), as Storage__GrainState__ConnectionString would set up.
        await using var grainStateAzurite = grainStateApart ? await AzuriteServer.StartAsync() : null;
        if (grainStateAzurite is not null)
        {
            settings.Configuration["Storage:GrainState:ConnectionString"] = grainStateAzurite.ConnectionString;
            var grainTables = new TableServiceClient(grainStateAzurite.ConnectionString, clientOptions);
            settings.ConfigureServices = services => services.AddSingleton(appTables).AddKeyedSingleton(TrackingGrainsRegistration.GrainStateClientKey, grainTables);
        }
        else
        {
            settings.ConfigureServices = services => services.AddSingleton(appTables);
        }
        await using var app = LocalHostApp.Build(settings);
        await app.StartAsync();
        var key = DevelopmentSigningKey.LoadOrCreate(keyFile);
        using var office = Client(url, key, Roles.Office, null);
        using var leader = Client(url, key, Roles.Leader, null);
        using var sxd = Client(url, key, Roles.Agency, "SXD");
        var agencies = app.Services.GetRequiredService<AgencyDirectory>();
        var leads = agencies.All.Select(a => a.Code).Where(c => c != agencies.Leadership && c != agencies.SupervisingOffice).ToArray();
        var tables = new TableServiceClient(azurite.ConnectionString);

        report.Line();
        report.Line("| raw `Azure.Data.Tables` single upserts, 32 in flight | upserts/s |");
        report.Line("|---|---|");
        var rawEmpty = await RawAsync(report, "fresh table, empty store", tables, "rawempty", phaseLimit);

        // Import: 20 tasks per notice, leads round-robin, due dates spread over a year around "today" (1/9/2023).
        var notices = (count + TasksPerNotice - 1) / TasksPerNotice;
        var slice = Math.Max(1, notices / 10);
        var failures = 0;
        var done = 0;
        var stored = 0;
        counter.Reset();
        var importCpu = ProcessorTimes.Start(azurite);
        var importClock = Stopwatch.StartNew();
        var sliceClock = Stopwatch.StartNew();
        report.Line();
        // Per slice, what the product sends (storage requests per task) beside what the emulator takes to answer each
        // (mean time from sent to answered): the first stays flat if the product's cost does not grow with the store.
        var sliceStart = counter.Running;
        report.Line("| import, 8 notices of 20 tasks in flight | tasks stored at the end of the slice | tasks/s in the slice | storage requests per task in the slice | mean ms per storage request in the slice | load |");
        report.Line("|---|---|---|---|---|---|");
        using (var limit = new CancellationTokenSource(importLimit))
        {
            try
            {
                await Parallel.ForEachAsync(Enumerable.Range(0, notices), new ParallelOptions { MaxDegreeOfParallelism = ImportConcurrency, CancellationToken = limit.Token }, async (n, ct) =>
                {
                    using var response = await office.PostAsJsonAsync("/api/notices", Notice(n, leads), ct);
                    if (response.IsSuccessStatusCode) Interlocked.Add(ref stored, TasksPerNotice);
                    else if (Interlocked.Increment(ref failures) == 1)
                    {
                        var body = await response.Content.ReadAsStringAsync(ct);
                        report.Line(CultureInfo.InvariantCulture, $"first failed import: {(int)response.StatusCode} {body}");
                    }
                    var finished = Interlocked.Increment(ref done);
                    if (finished % slice != 0 && finished != notices) return;
                    lock (report)
                    {
                        var slices = finished % slice == 0 ? slice : finished % slice;
                        var now = counter.Running;
                        var sliceRequests = now.Requests - sliceStart.Requests;
                        var msPerRequest = (now.Time - sliceStart.Time).TotalMilliseconds / Math.Max(1, sliceRequests);
                        report.Line(CultureInfo.InvariantCulture,
                            $"| {finished * 100 / notices}% | {Volatile.Read(ref stored):N0} | {slices * TasksPerNotice / sliceClock.Elapsed.TotalSeconds:F0} | {(double)sliceRequests / (slices * TasksPerNotice):F2} | {msPerRequest:F1} | {BenchmarkReport.Load()} |");
                        sliceStart = now;
                        sliceClock.Restart();
                    }
                });
            }
            catch (OperationCanceledException)
            {
                failed = true;
                report.Line(CultureInfo.InvariantCulture, $"| timed out after {importLimit.TotalMinutes:F0} min | {stored:N0} | | | | |");
            }
        }
        importClock.Stop();
        var importCpuUsed = importCpu.Stop();
        var requests = counter.Snapshot();
        var imported = stored;
        report.Line(CultureInfo.InvariantCulture, $"| whole import | {imported:N0} | {imported / importClock.Elapsed.TotalSeconds:F0} | | | {failures} notices failed |");
        // This process holds the benchmark's HTTP client as well as LocalHost: its figure is an upper bound of the product's.
        report.Line();
        report.Line($"CPU during the import: {importCpuUsed.Describe(importClock.Elapsed, imported, "task")}.");
        failed |= failures > 0;

        // Where the import's storage requests went (the app's client only: each try counted, retries included).
        var perTask = Math.Max(1, imported);
        report.Line();
        report.Line("| storage requests during the import, by kind and table | requests | per task |");
        report.Line("|---|---|---|");
        report.Line(CultureInfo.InvariantCulture, $"| **all** | {requests.Sum(r => r.Value):N0} | **{(double)requests.Sum(r => r.Value) / perTask:F2}** |");
        foreach (var (kind, n) in requests)
            report.Line(CultureInfo.InvariantCulture, $"| {kind} | {n:N0} | {(double)n / perTask:F2} |");

        // The emulator's own rate once the store holds what the import wrote: a fresh table, and the table the import filled most.
        report.Line();
        report.Line("| raw `Azure.Data.Tables` single upserts, 32 in flight | upserts/s |");
        report.Line("|---|---|");
        report.Line(CultureInfo.InvariantCulture, $"| fresh table, empty store (above) | {rawEmpty:F0} |");
        await RawAsync(report, $"fresh table, after {imported:N0} tasks", tables, "rawfilled", phaseLimit, "filled");
        await RawAsync(report, "the same 2,000 rows again: each upsert replaces a row", tables, "rawfilled", phaseLimit, "filled");
        await RawAsync(report, $"`taskindex` (the import's largest table), after {imported:N0} tasks", tables, "taskindex", phaseLimit, "replace");
        // Azurite (LokiJS) replaces a row by removing it and inserting it again, and a removal walks every entry of the
        // table's two indexes: a replace costs what the table holds, an insert does not.
        await RawAsync(report, "the same 2,000 rows of `taskindex` again: each upsert replaces a row", tables, "taskindex", phaseLimit, "replace");

        var noticeId = NoticeId(0);
        var reads = new (string Name, HttpClient Client, string Path)[]
        {
            ("overdue list (leader, page of 100)", leader, "/api/tasks?overdue=true&pageSize=100"),
            ("one agency's list (leader)", leader, "/api/tasks?agency=SXD&pageSize=100"),
            ("an agency's own list", sxd, "/api/tasks?pageSize=100"),
            ("statistics, all", leader, "/api/statistics"),
            ("statistics, one notice", leader, $"/api/statistics?noticeId={noticeId}"),
            ("inbox", sxd, "/api/agencies/SXD/notifications?pageSize=50"),
            ("one task's detail", leader, $"/api/tasks/{noticeId}.1.1"),
        };
        report.Line();
        report.Line(CultureInfo.InvariantCulture, $"| read ({ReadRequests} requests, one at a time, {imported:N0} tasks stored) | p50 ms | p95 ms | p99 ms | req/s | errors |");
        report.Line("|---|---|---|---|---|---|");
        foreach (var (name, client, path) in reads)
        {
            using var limit = new CancellationTokenSource(phaseLimit);
            var samples = new List<double>(ReadRequests);
            var errors = 0;
            var all = Stopwatch.StartNew();
            try
            {
                for (var i = 0; i < 20; i++) (await client.GetAsync(path, limit.Token)).Dispose();
                all.Restart();
                for (var i = 0; i < ReadRequests; i++)
                {
                    var one = Stopwatch.StartNew();
                    using var response = await client.GetAsync(path, limit.Token);
                    samples.Add(one.Elapsed.TotalMilliseconds);
                    if (!response.IsSuccessStatusCode) errors++;
                }
            }
            catch (OperationCanceledException)
            {
                failed = true;
                errors++;
            }
            all.Stop();
            failed |= errors > 0;
            var sorted = samples.Order().ToArray();
            report.Line(sorted.Length == 0
                ? $"| {name} | timed out | | | | {errors} |"
                : $"| {name}{(sorted.Length < ReadRequests ? $" (timed out after {sorted.Length})" : "")} | {LatencyCells(sorted, all.Elapsed)} | {errors} |");
        }

        // The emulator's own cost of a range query: Azurite (LokiJS) evaluates every query's filter over every row of the
        // table, so a one-partition row-key range costs what the table holds, where Azure Table Storage reads the range
        // from its index. The same query on a small table, on the filled `taskindex` and on `taskglobal` shows that part of each read.
        var rawSmall = await RawQueryAsync(tables, "rawempty", "raw~", phaseLimit);
        report.Line(CultureInfo.InvariantCulture, $"| raw `Azure.Data.Tables` range query, one partition, first page of up to 100 rows (2,000-row table) | {rawSmall} |");
        var rawFilled = await RawQueryAsync(tables, "taskindex", "SXD", phaseLimit);
        report.Line(CultureInfo.InvariantCulture, $"| the same on `taskindex` ({imported:N0} tasks stored), an agency's every-task view | {rawFilled} |");
        var rawGlobal = await RawQueryAsync(tables, "taskglobal", "g~", phaseLimit);
        report.Line(CultureInfo.InvariantCulture, $"| the same on `taskglobal`, one stripe's every-task view (the overdue list reads eight such ranges) | {rawGlobal} |");

        // The sweep: deadlines all due in one minute, on top of the imported store.
        report.Line();
        report.Line("| sweep | figure |");
        report.Line("|---|---|");
        var grains = app.Services.GetRequiredService<IGrainFactory>();
        var ladder = app.Services.GetRequiredService<LadderPolicy>().Current;
        var seeded = 0;
        var seeding = Stopwatch.StartNew();
        using (var limit = new CancellationTokenSource(phaseLimit))
        {
            try
            {
                await Parallel.ForEachAsync(Enumerable.Range(1, sweepCount), new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = limit.Token }, async (i, ct) =>
                {
                    var taskId = $"sweep.{i}.1";
                    await grains.GetGrain<IDeadlineGrain>($"{taskId}.d1").ScheduleAsync(new DeadlineDefinition(taskId, new DateOnly(2023, 10, 31),
                        "Nhiệm vụ đo hiệu năng", "1/TB-BENCH", "Sở Xây dựng", ladder.RecipientsFor(agencies, "SXD", ["STC"]), ladder.Ladder)).WaitAsync(ct);
                    Interlocked.Increment(ref seeded);
                });
            }
            catch (OperationCanceledException)
            {
                failed = true;
            }
        }
        report.Line(CultureInfo.InvariantCulture, $"| deadlines scheduled through their grains (16 in flight) | {seeded:N0} of {sweepCount:N0} in {seeding.Elapsed.TotalSeconds:F1} s |");

        // The sweep's watermark starts at the current hour: move to 24/10 08:00 Vietnam time, the first reminder's minute.
        // The sweep up to the minute before catches up with the imported tasks' own reminders and escalations due
        // since the import's "today" (their number grows with N): timed apart and bounded like every phase.
        var sweeper = app.Services.GetRequiredService<DeadlineSweeper>();
        time.SetUtcNow(new DateTimeOffset(2023, 10, 24, 0, 59, 0, TimeSpan.Zero));
        var catchUpClock = Stopwatch.StartNew();
        using (var limit = new CancellationTokenSource(phaseLimit))
        {
            try
            {
                var catchUp = await sweeper.SweepAsync(limit.Token);
                report.Line(CultureInfo.InvariantCulture,
                    $"| catch-up sweep of the imported tasks' deadlines due 1/9-24/10 (before the timed one) | {catchUp.Checked:N0} checked, {catchUp.Notified:N0} notified, {catchUp.Failed} failed in {catchUpClock.Elapsed.TotalSeconds:F1} s |");
            }
            catch (OperationCanceledException)
            {
                failed = true;
                report.Line(CultureInfo.InvariantCulture, $"| catch-up sweep of the imported tasks' deadlines due 1/9-24/10 | timed out after {phaseLimit.TotalMinutes:F0} min |");
            }
        }
        time.SetUtcNow(new DateTimeOffset(2023, 10, 24, 1, 0, 30, TimeSpan.Zero));
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var sweepCpu = ProcessorTimes.Start(azurite);
        var sweepClock = Stopwatch.StartNew();
        SweepResult? result = null;
        using (var limit = new CancellationTokenSource(phaseLimit))
        {
            try
            {
                result = await sweeper.SweepAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                failed = true;
            }
        }
        sweepClock.Stop();
        var sweepCpuUsed = sweepCpu.Stop();
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        if (result is null)
        {
            report.Line(CultureInfo.InvariantCulture, $"| sweep | timed out after {phaseLimit.TotalMinutes:F0} min |");
        }
        else
        {
            failed |= result.Failed > 0 || result.Checked < seeded;
            var rate = result.Checked / sweepClock.Elapsed.TotalSeconds;
            report.Line(CultureInfo.InvariantCulture, $"| deadlines due in one minute | {result.Checked:N0} checked, {result.Notified:N0} notified, {result.Failed} failed in {sweepClock.Elapsed.TotalSeconds:F1} s |");
            report.Line(CultureInfo.InvariantCulture, $"| sweep rate | **{rate:F0} deadlines/s**, {allocated / Math.Max(1, result.Checked) / 1024} KB allocated per deadline |");
            report.Line($"| CPU during the sweep | {sweepCpuUsed.Describe(sweepClock.Elapsed, result.Checked, "deadline")} |");
            var rawSweep = await RawAsync(report, "raw single upserts right after (fresh table, 32 in flight)", tables, "rawsweep", phaseLimit);
            report.Line(CultureInfo.InvariantCulture, $"| sweep / raw upsert rate | {rate / Math.Max(1, rawSweep):F2} |");
        }

        var collectionAge = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Orleans.Configuration.GrainCollectionOptions>>().Value.CollectionAge;
        var management = grains.GetGrain<IManagementGrain>(0);
        var activations = await management.GetTotalActivationCount();
        report.Line(CultureInfo.InvariantCulture, $"| benchmark process (LocalHost) RSS at the end | {BenchmarkReport.ResidentMegabytes()} MB, {activations:N0} grain activations, GC heap {GC.GetGCMemoryInfo().HeapSizeBytes / (1024 * 1024)} MB |");
        if (idle > TimeSpan.Zero)
        {
            // Idle as an instance is between a province's working hours: nothing calls the grains, Orleans collects
            // those idle longer than the collection age (checked once a minute), and the product's IdleMemoryTrimmer
            // runs its one collection when the quiet has lasted long enough. Each minute is printed, so the busy
            // threshold (Memory__BusyMegabytesPerMinute) can be checked against what a quiet instance allocates.
            var trimmer = app.Services.GetRequiredService<IdleMemoryTrimmer>();
            for (var minute = 1; minute <= Math.Ceiling(idle.TotalMinutes); minute++)
            {
                var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                var pausedBefore = GC.GetTotalPauseDuration();
                var rest = idle - TimeSpan.FromMinutes(minute - 1);
                await Task.Delay(rest < TimeSpan.FromMinutes(1) ? rest : TimeSpan.FromMinutes(1));
                report.Line(CultureInfo.InvariantCulture, $"| idle, minute {minute} | allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (1024 * 1024)} MB, RSS {BenchmarkReport.ResidentMegabytes()} MB, GC heap {GC.GetGCMemoryInfo().HeapSizeBytes / (1024 * 1024)} MB, GC pauses {(GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds:F0} ms, {trimmer.Trims} idle trims so far |");
            }
            activations = await management.GetTotalActivationCount();
            report.Line(CultureInfo.InvariantCulture, $"| after {idle.TotalMinutes:F0} min idle (grain collection age {collectionAge:hh\\:mm\\:ss}, {trimmer.Trims} idle trims) | RSS {BenchmarkReport.ResidentMegabytes()} MB, {activations:N0} grain activations, GC heap {GC.GetGCMemoryInfo().HeapSizeBytes / (1024 * 1024)} MB |");
            // What the runtime gets back at its next full collection (an idle process allocates too little to start one).
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            report.Line(CultureInfo.InvariantCulture, $"| the same after one full, compacting GC (a diagnostic: what a collection now would still give back) | RSS {BenchmarkReport.ResidentMegabytes()} MB, GC heap {GC.GetGCMemoryInfo().HeapSizeBytes / (1024 * 1024)} MB |");
        }
        report.Line(CultureInfo.InvariantCulture, $"| machine load average at the end | {BenchmarkReport.Load()} |");
        if (report.WriteInto(grainStateApart ? $"{count} apart" : count.ToString(CultureInfo.InvariantCulture)) is { } written) Console.WriteLine($"written into {written}");
        using (var stop = new CancellationTokenSource(TimeSpan.FromMinutes(1)))
        {
            try
            {
                await app.StopAsync(stop.Token);
            }
            catch (OperationCanceledException)
            {
                Console.WriteLine("LocalHost did not stop within a minute");
            }
        }
        File.Delete(keyFile);
        return failed ? 1 : 0;
    }

    // RawTableRates.SingleUpsertsAsync as a table row, bounded by the phase's time-out.
    private static async Task<double> RawAsync(BenchmarkReport report, string name, TableServiceClient service, string table, TimeSpan phaseLimit,
        string? run = null)
    {
        using var limit = new CancellationTokenSource(phaseLimit);
        try
        {
            var rate = await RawTableRates.SingleUpsertsAsync(service, table, run, limit.Token);
            report.Line(CultureInfo.InvariantCulture, $"| {name} | {rate:F0} |");
            return rate;
        }
        catch (OperationCanceledException)
        {
            report.Line(CultureInfo.InvariantCulture, $"| {name} | timed out after {phaseLimit.TotalMinutes:F0} min |");
            return 0;
        }
    }

    // p50/p95/p99 and requests/s of ReadRequests raw queries of one row-key range (in `rawempty` the partitions are
    // raw~{run}~{n}: the range starts at the first partition whose key begins with the prefix), as a table's row cells.
    private static async Task<string> RawQueryAsync(TableServiceClient service, string table, string partitionPrefix, TimeSpan phaseLimit)
    {
        var client = service.GetTableClient(table);
        string? partition = null;
        await foreach (var row in client.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey ge {partitionPrefix}"), 1, ["PartitionKey"]))
        {
            partition = row.PartitionKey;
            break;
        }
        if (partition is null) return "no rows | | | | 1";
        var filter = partitionPrefix == "raw~"
            ? TableClient.CreateQueryFilter($"PartitionKey eq {partition}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {"a~"} and RowKey lt {"a~~"}");
        using var limit = new CancellationTokenSource(phaseLimit);
        var samples = new List<double>(ReadRequests);
        var all = Stopwatch.StartNew();
        try
        {
            for (var i = 0; i < ReadRequests; i++)
            {
                var one = Stopwatch.StartNew();
                await foreach (var page in client.QueryAsync<TableEntity>(filter, 100, cancellationToken: limit.Token).AsPages())
                {
                    _ = page.Values.Count;
                    break;
                }
                samples.Add(one.Elapsed.TotalMilliseconds);
            }
        }
        catch (OperationCanceledException)
        {
        }
        all.Stop();
        var sorted = samples.Order().ToArray();
        return sorted.Length == 0
            ? "timed out | | | | 1"
            : $"{LatencyCells(sorted, all.Elapsed)} | 0";
    }

    private static string NoticeId(int n) => $"bench-{n:D6}";

    private static object Notice(int n, string[] leads)
    {
        var first = new DateOnly(2023, 6, 1);
        return new
        {
            id = NoticeId(n),
            number = $"{n + 1}/TB-UBND",
            title = "Thông báo kết luận của Chủ tịch Ủy ban nhân dân tỉnh (đo hiệu năng)",
            issuer = "Ủy ban nhân dân tỉnh",
            issuedOn = "2023-05-20",
            meetingDate = "2023-05-18",
            directives = Enumerable.Range(1, TasksPerNotice).Select(d => new
            {
                number = d,
                text = $"Giao cơ quan chủ trì thực hiện nội dung số {d} của Thông báo kết luận số {n + 1}/TB-UBND.",
                tasks = new[]
                {
                    new
                    {
                        content = $"Thực hiện nội dung số {d} của Thông báo số {n + 1}/TB-UBND, báo cáo kết quả.",
                        leadAgency = leads[(n + d) % leads.Length],
                        coordinatingAgencies = new[] { leads[(n + d + 1) % leads.Length] },
                        deadlines = new[] { first.AddDays((n * 7 + d * 11) % 365).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
                    },
                },
            }).ToArray(),
        };
    }

    private static HttpClient Client(string url, Microsoft.IdentityModel.Tokens.SecurityKey key, string role, string? agency)
    {
        var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            DevelopmentTokens.Mint(key, AuthOptions.DevelopmentAudience, role, agency, $"bench-{role}", DateTimeOffset.UtcNow, TimeSpan.FromHours(4)));
        return client;
    }

    // "p50 | p95 | p99 | req/s" of sorted request times (ms) taken one after another over elapsed.
    private static string LatencyCells(double[] sorted, TimeSpan elapsed) => string.Create(CultureInfo.InvariantCulture,
        $"{P(sorted, 0.50):F1} | {P(sorted, 0.95):F1} | {P(sorted, 0.99):F1} | {sorted.Length / elapsed.TotalSeconds:F0}");

    private static double P(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
