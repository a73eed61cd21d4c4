using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Serverless.Functions.Auth;
using Serverless.Functions.Sweeping;
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

    /// <summary>Runs: scale [tasks] [due in the sweep].</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var sweepCount = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
        var report = new StringBuilder();
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
        var time = new FakeTimeProvider(new DateTimeOffset(2023, 9, 1, 1, 0, 0, TimeSpan.Zero));
        var keyFile = Path.Combine(Path.GetTempPath(), $"bench-{Guid.NewGuid():N}.pem");

        await using var azurite = await AzuriteServer.StartAsync();
        var url = $"http://127.0.0.1:{FreePort.Next()}";
        var settings = new LocalHostSettings { Urls = url, Time = time, RunTimers = false };
        settings.Configuration["Storage:ConnectionString"] = azurite.ConnectionString;
        settings.Configuration["Orleans:ClusterId"] = "bench";
        settings.Configuration["Orleans:SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture);
        settings.Configuration["Orleans:GatewayPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture);
        settings.Configuration["Auth:DevelopmentKeyFile"] = keyFile;
        settings.Configuration["Logging:LogLevel:Default"] = "Warning";
        await using var app = LocalHostApp.Build(settings);
        await app.StartAsync();
        var key = DevelopmentSigningKey.LoadOrCreate(keyFile);
        using var office = Client(url, key, Roles.Office, null);
        using var leader = Client(url, key, Roles.Leader, null);
        using var sxd = Client(url, key, Roles.Agency, "SXD");
        var agencies = app.Services.GetRequiredService<AgencyDirectory>();
        var leads = agencies.All.Select(a => a.Code).Where(c => c != agencies.Leadership && c != agencies.SupervisingOffice).ToArray();

        var rawBefore = await RawUpsertsAsync(azurite.ConnectionString, "rawbefore", 3_000);

        // Import: 20 tasks per notice, leads round-robin, due dates spread over a year around "today" (1/9/2023).
        var notices = (count + TasksPerNotice - 1) / TasksPerNotice;
        var segment = Math.Max(1, notices / 5);
        var segmentRates = new List<double>();
        var failures = 0;
        var importClock = Stopwatch.StartNew();
        var segmentClock = Stopwatch.StartNew();
        var done = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, notices), new ParallelOptions { MaxDegreeOfParallelism = ImportConcurrency }, async (n, ct) =>
        {
            using var response = await office.PostAsJsonAsync("/api/notices", Notice(n, leads), ct);
            if (!response.IsSuccessStatusCode) Interlocked.Increment(ref failures);
            if (Interlocked.Increment(ref done) % segment == 0)
            {
                lock (segmentRates)
                {
                    segmentRates.Add(segment * TasksPerNotice / segmentClock.Elapsed.TotalSeconds);
                    segmentClock.Restart();
                }
            }
        });
        importClock.Stop();
        var imported = notices * TasksPerNotice;
        var rawAfter = await RawUpsertsAsync(azurite.ConnectionString, "rawafter", 3_000);

        report.AppendLine(CultureInfo.InvariantCulture, $"Machine load (1, 5, 15 min) at start: {load}; at the end of the import: {File.ReadAllText("/proc/loadavg").Trim()}.");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"| {imported:N0} tasks | figure |");
        report.AppendLine("|---|---|");
        report.AppendLine(CultureInfo.InvariantCulture, $"| import (8 notices of 20 tasks in flight) | {imported / importClock.Elapsed.TotalSeconds:F0} tasks/s, {failures} failed |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| import rate per fifth of the run | {string.Join(" → ", segmentRates.Select(r => r.ToString("F0", CultureInfo.InvariantCulture)))} tasks/s |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| raw single upserts, 32 in flight, empty store | {rawBefore:F0} /s |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| raw single upserts, 32 in flight, after the import | {rawAfter:F0} /s |");

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
        report.AppendLine();
        report.AppendLine("| read (300 requests, one at a time) | p50 ms | p95 ms | p99 ms | req/s | errors |");
        report.AppendLine("|---|---|---|---|---|---|");
        foreach (var (name, client, path) in reads)
        {
            var samples = new double[ReadRequests];
            var errors = 0;
            for (var i = 0; i < 20; i++) (await client.GetAsync(path)).Dispose();
            var all = Stopwatch.StartNew();
            for (var i = 0; i < ReadRequests; i++)
            {
                var one = Stopwatch.StartNew();
                using var response = await client.GetAsync(path);
                samples[i] = one.Elapsed.TotalMilliseconds;
                if (!response.IsSuccessStatusCode) errors++;
            }
            all.Stop();
            Array.Sort(samples);
            report.AppendLine(CultureInfo.InvariantCulture,
                $"| {name} | {P(samples, 0.50):F1} | {P(samples, 0.95):F1} | {P(samples, 0.99):F1} | {ReadRequests / all.Elapsed.TotalSeconds:F0} | {errors} |");
        }

        // The sweep: deadlines all due in one minute, on top of the imported store.
        var grains = app.Services.GetRequiredService<IGrainFactory>();
        var ladder = app.Services.GetRequiredService<LadderPolicy>().Current;
        await Parallel.ForEachAsync(Enumerable.Range(1, sweepCount), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
        {
            var taskId = $"sweep.{i}.1";
            await grains.GetGrain<IDeadlineGrain>($"{taskId}.d1").ScheduleAsync(new DeadlineDefinition(taskId, new DateOnly(2023, 10, 31),
                "Nhiệm vụ đo hiệu năng", "1/TB-BENCH", "Sở Xây dựng", ladder.RecipientsFor(agencies, "SXD", ["STC"]), ladder.Ladder));
        });
        // The sweep's watermark starts at the current hour: move to 24/10 08:00 Vietnam time, the first reminder's minute.
        var sweeper = app.Services.GetRequiredService<DeadlineSweeper>();
        time.SetUtcNow(new DateTimeOffset(2023, 10, 24, 0, 59, 0, TimeSpan.Zero));
        await sweeper.SweepAsync(CancellationToken.None);
        time.SetUtcNow(new DateTimeOffset(2023, 10, 24, 1, 0, 30, TimeSpan.Zero));
        var allocated = GC.GetTotalAllocatedBytes();
        var sweepClock = Stopwatch.StartNew();
        var result = await sweeper.SweepAsync(CancellationToken.None);
        sweepClock.Stop();
        allocated = GC.GetTotalAllocatedBytes() - allocated;
        var rawSweep = await RawUpsertsAsync(azurite.ConnectionString, "rawsweep", 3_000);
        var rate = result.Checked / sweepClock.Elapsed.TotalSeconds;
        report.AppendLine();
        report.AppendLine("| sweep | figure |");
        report.AppendLine("|---|---|");
        report.AppendLine(CultureInfo.InvariantCulture, $"| deadlines due in one minute | {result.Checked:N0} checked, {result.Notified:N0} notified, {result.Failed} failed |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| sweep rate | {rate:F0} deadlines/s, {allocated / Math.Max(1, result.Checked) / 1024} KB allocated per deadline |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| raw single upserts right after, 32 in flight | {rawSweep:F0} /s; sweep / raw = {rate / rawSweep:F2} |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| LocalHost working set at the end | {Environment.WorkingSet / 1024 / 1024} MB (grains deactivate after Orleans' default collection age, 15 min) |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| machine load at the end | {File.ReadAllText("/proc/loadavg").Trim()} |");

        Console.WriteLine(report);
        await app.StopAsync();
        File.Delete(keyFile);
        return failures == 0 && result.Failed == 0 ? 0 : 1;
    }

    private static async Task<double> RawUpsertsAsync(string connectionString, string table, int count)
    {
        var client = new TableServiceClient(connectionString).GetTableClient(table);
        await client.CreateIfNotExistsAsync();
        var content = new string('x', 300);
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, ct) =>
            await client.UpsertEntityAsync(new TableEntity($"p{i % 16}", $"r{i:D8}") { ["Content"] = content, ["Status"] = "InProgress" },
                TableUpdateMode.Replace, ct));
        return count / clock.Elapsed.TotalSeconds;
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
                text = $"Giao cơ quan chủ trì thực hiện nội dung số {d} của kết luận.",
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

    private static double P(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
