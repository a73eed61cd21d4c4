using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using Serverless.Grains.Storage;
using Serverless.Testing;

namespace Serverless.Benchmarks;

/// <summary>
/// The operators' list of failed notifications as the outbox's history grows. The outbox is filled slice by slice with
/// sent notifications (rows of the product's key shape, written in transactions of 100 per recipient); five
/// notifications were given up on through the product's own dispatcher calls (<see cref="NotificationOutbox.MarkFailedAsync"/>).
/// After each slice: the list as the product reads it now (<see cref="NotificationOutbox.ListFailedAsync"/>, the
/// <c>failednotifications</c> table), the list as it was read before (a row-key range over every partition of the
/// outbox, with the same five markers beside their rows), and an agency's inbox for comparison.
/// </summary>
public static class FailedListBenchmark
{
    private const int Failures = 5;
    private const int Reads = 100;
    private const int PageSize = 50;
    private const string OldFilter = "RowKey ge 'failed~' and RowKey lt 'failed\u007f'";

    /// <summary>Runs: failedlist [notifications at the end] [per slice] [recipients]. Prints a Markdown table and writes it into docs/performance.md.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var total = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var slice = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 25_000;
        var recipients = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 80;
        var report = new BenchmarkReport();
        report.Line(CultureInfo.InvariantCulture, $"`failedlist {total} {slice} {recipients}` on {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average at start {BenchmarkReport.Load()}; {Failures} failed notifications, {Reads} reads one at a time per figure, pages of {PageSize}.");
        await using var azurite = await AzuriteServer.StartAsync();
        var tables = new TrackingTables(new TableServiceClient(azurite.ConnectionString));
        await tables.EnsureCreatedAsync(CancellationToken.None);
        var outbox = new NotificationOutbox(tables);
        await GiveUpOnAsync(tables, outbox);

        report.Line();
        report.Line("| sent notifications in the outbox | failed list now (`failednotifications`), p50 / p99 ms | failed list before (row-key range over the outbox), p50 / p99 ms | one agency's inbox, p50 / p99 ms | load |");
        report.Line("|---|---|---|---|---|");
        for (var filled = 0; filled < total;)
        {
            await FillAsync(tables.Outbox, filled, slice, recipients);
            filled += slice;
            var now = await TimeAsync(async () => Check((await outbox.ListFailedAsync(null, PageSize)).Items.Count));
            var before = await TimeAsync(async () => Check(await OldListAsync(tables.Outbox)));
            var inbox = await TimeAsync(async () => (await outbox.ListForRecipientAsync("CQ000", null, PageSize)).Items.Count);
            report.Line(CultureInfo.InvariantCulture, $"| {filled:N0} | {now} | {before} | {inbox} | {BenchmarkReport.Load()} |");
        }
        var path = report.WriteInto($"failedlist {total}");
        if (path is not null) Console.WriteLine($"written into {path}");
        return 0;
    }

    // Five notifications written and given up on as the dispatcher does, and their markers where the old code kept them.
    private static async Task GiveUpOnAsync(TrackingTables tables, NotificationOutbox outbox)
    {
        var at = new DateTimeOffset(2023, 9, 27, 2, 0, 0, TimeSpan.Zero);
        var notifications = Enumerable.Range(1, Failures).Select(i => new Notification($"bench.{i}.d1.qua-han-muc-1", $"CQ{i:D3}", "escalation", 1,
            "qua-han-muc-1", $"bench.{i}", new DateOnly(2023, 9, 15), at, at, "Quá hạn: nhiệm vụ đã quá hạn, đề nghị đôn đốc.", DispatchStates.Pending)).ToList();
        await outbox.AddAllAsync(notifications);
        await foreach (var pending in outbox.ListPendingAsync())
        {
            var notification = notifications.Single(n => n.Recipient == pending.Recipient);
            await outbox.MarkFailedAsync(pending, notification, "ServiceBusException: hết thời gian", at);
            await tables.Outbox.AddEntityAsync(new TableEntity(pending.Recipient, "failed~" + notification.Id)
            {
                ["NotificationId"] = notification.Id, ["NotificationRowKey"] = pending.RowKey, ["TaskId"] = notification.TaskId,
                ["Attempts"] = 10, ["LastError"] = "ServiceBusException: hết thời gian", ["FailedAt"] = at,
            });
        }
    }

    // Sent notifications: recipient partitions, the product's row keys (inverted scheduled ticks, then the id), 100 per transaction.
    private static async Task FillAsync(TableClient outbox, int from, int count, int recipients)
    {
        var start = new DateTimeOffset(2023, 1, 1, 1, 0, 0, TimeSpan.Zero);
        var rows = Enumerable.Range(from, count).Select(i =>
        {
            var scheduled = start.AddMinutes(i);
            var id = $"hist-{i}.1.1.d1.nhac-truoc-3-ngay";
            return new TableEntity($"CQ{i % recipients:D3}", $"{DateTimeOffset.MaxValue.UtcTicks - scheduled.UtcTicks:D19}~{id}")
            {
                ["NotificationId"] = id, ["Kind"] = "reminder", ["Level"] = 0, ["Stage"] = "nhac-truoc-3-ngay", ["TaskId"] = $"hist-{i}.1.1",
                ["DueDate"] = "2023-09-30", ["ScheduledFor"] = scheduled, ["CreatedAt"] = scheduled, ["DispatchState"] = DispatchStates.Sent,
                ["Message"] = $"Nhắc việc: nhiệm vụ số {i} \"Rà soát quy hoạch\" cần hoàn thành trước ngày 30/9/2023 (còn 3 ngày).",
            };
        });
        var batches = rows.GroupBy(r => r.PartitionKey, StringComparer.Ordinal).SelectMany(p => p.Chunk(100)).ToList();
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (batch, ct) =>
            await outbox.SubmitTransactionAsync(batch.Select(r => new TableTransactionAction(TableTransactionActionType.Add, r)), ct));
    }

    // The list as it was read before: the first page of a row-key range with no partition.
    private static async Task<int> OldListAsync(TableClient outbox)
    {
        await foreach (var page in outbox.QueryAsync<TableEntity>(OldFilter, PageSize).AsPages(null, PageSize))
            return page.Values.Count;
        return 0;
    }

    private static int Check(int listed) =>
        listed == Failures ? listed : throw new InvalidOperationException($"Listed {listed} failed notifications, expected {Failures}.");

    // p50 / p99 of `Reads` calls, one at a time.
    private static async Task<string> TimeAsync(Func<Task<int>> read)
    {
        var times = new List<double>();
        for (var i = 0; i < Reads; i++)
        {
            var clock = Stopwatch.StartNew();
            await read();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return string.Create(CultureInfo.InvariantCulture, $"{times[times.Count / 2]:F1} / {times[(int)Math.Ceiling(times.Count * 0.99) - 1]:F1}");
    }
}
