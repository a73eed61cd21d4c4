using System.Diagnostics;
using System.Globalization;
using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Serverless.Functions.Dispatch;
using Serverless.Grains.Storage;
using Serverless.LocalHost;
using Serverless.Testing;
using Serverless.Testing.Delivery;
using Serverless.Testing.Delivery.Broker;

namespace Serverless.Benchmarks;

/// <summary>
/// Issue 10's delivery benchmark: N notifications published to the AMQP test broker, delivered by the real delivery
/// worker (ServiceBusProcessor through the real SDK, the ledger on an in-memory Azurite) to the in-test SMTP server,
/// timed until N emails arrived; then the same N messages handed out again, which must send nothing.
/// </summary>
public static class DeliveryBenchmark
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);

    // A run that completes nothing for this long is stuck (a message locked on a link the broker still holds open):
    // it ends with what it has instead of waiting for the limit.
    private static readonly TimeSpan Stalled = TimeSpan.FromSeconds(60);

    /// <summary>Runs: delivery [count] [maxConcurrentCalls] [prefetchCount] [smtpPoolSize].</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        // Defaults: the best of the runs in docs/performance.md (the product's own defaults are 16, 32 and 8).
        var concurrency = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 64;
        var prefetch = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2 * concurrency;
        var pool = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 16;
        Console.WriteLine($"delivery {count} {concurrency} {prefetch} {pool}: {Environment.ProcessorCount} cores, load average at start {BenchmarkReport.Load()}");

        await using var azurite = await AzuriteServer.StartAsync();
        using var broker = new TestBroker(NotificationTopology.TopicName, subscriptionNames: [NotificationTopology.DeliverySubscription]);
        await using var smtp = await TestSmtpServer.StartAsync(keepMessages: false);
        var time = new FakeTimeProvider(new DateTimeOffset(2023, 9, 27, 1, 0, 0, TimeSpan.Zero));
        var settings = new LocalHostSettings { Urls = $"http://127.0.0.1:{FreePort.Next()}", Time = time, RunTimers = false };
        var c = settings.Configuration;
        c["Storage:ConnectionString"] = azurite.ConnectionString;
        c["Orleans:ClusterId"] = "bench";
        c["Orleans:SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture);
        c["Orleans:GatewayPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture);
        c["Auth:DevelopmentKeyFile"] = Path.Combine(Path.GetTempPath(), $"bench-{Guid.NewGuid():N}.pem");
        c["Logging:LogLevel:Default"] = "Warning";
        c["ServiceBus:ConnectionString"] = broker.ConnectionString;
        c["Smtp:Host"] = "127.0.0.1";
        c["Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture);
        c["Smtp:Security"] = "None";
        c["Smtp:FromAddress"] = "nhacviec@ubnd.bench.gov.vn";
        c["Smtp:PoolSize"] = pool.ToString(CultureInfo.InvariantCulture);
        c["Delivery:ContactsSeedFile"] = "";
        c["Delivery:MaxConcurrentCalls"] = concurrency.ToString(CultureInfo.InvariantCulture);
        c["Delivery:PrefetchCount"] = prefetch.ToString(CultureInfo.InvariantCulture);
        await using var app = LocalHostApp.Build(settings);
        await app.StartAsync();

        var seeding = Stopwatch.StartNew();
        var notifications = await DeliverySeed.SeedAsync(app, count, time.GetUtcNow());
        Console.WriteLine($"seeded {(count + 1) / 2} tasks in the read model and the agencies' contacts in {seeding.Elapsed.TotalSeconds:F1} s");

        var subscription = broker.Subscription(NotificationTopology.DeliverySubscription);
        var sender = app.Services.GetRequiredService<NotificationTopicClient>().Sender!;
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var first = Stopwatch.StartNew();
        await PublishAsync(sender, notifications);
        var published = first.Elapsed;
        var delivered = await WaitAsync(() => smtp.Accepted >= count && subscription.CompletedCount >= count, () => subscription.CompletedCount);
        first.Stop();
        var allocated = (GC.GetTotalAllocatedBytes() - allocatedBefore) / 1024 / 1024;
        var sent = smtp.Accepted;
        Console.WriteLine($"first run: {sent} emails, {subscription.CompletedCount} messages completed in {first.Elapsed.TotalSeconds:F1} s " +
            $"(publishing took {published.TotalSeconds:F1} s) = {sent / first.Elapsed.TotalSeconds:F0} emails/s " +
            $"(MaxConcurrentCalls {concurrency}, PrefetchCount {prefetch}, SMTP pool {pool}){(delivered ? "" : " - STOPPED (time-out or stalled)")}");
        Console.WriteLine($"allocated during the run: {allocated} MB; process peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB; load average {BenchmarkReport.Load()}");

        // The same messages again, as a broker that lost every completion would hand them out: the ledger stops each.
        var second = Stopwatch.StartNew();
        var replayed = subscription.RedeliverAll();
        var settled = await WaitAsync(() => subscription.CompletedCount >= 2 * count, () => subscription.CompletedCount);
        second.Stop();
        var resent = smtp.Accepted - sent;
        Console.WriteLine($"second run over the same {replayed} messages: {resent} sent, {subscription.CompletedCount - count} completed in {second.Elapsed.TotalSeconds:F1} s" +
            $"{(settled ? "" : " - STOPPED (time-out or stalled)")}; load average at the end {BenchmarkReport.Load()}");
        Console.WriteLine($"dead-lettered: {subscription.DeadLettered.Count}; the same Message-ID twice: {smtp.Duplicates}; " +
            $"receive links closed: {subscription.ClosedLinks.Count} ({string.Join("; ", subscription.ClosedLinks.Distinct().Select(e => e ?? "detach"))})");

        await app.StopAsync();
        File.Delete(c["Auth:DevelopmentKeyFile"]!);
        var right = delivered && settled && sent == count && resent == 0 && subscription.DeadLettered.Count == 0 && smtp.Duplicates == 0;
        return right ? 0 : 1;
    }

    // The product's message format (TopicMessages), sent in batches as the dispatcher does.
    private static async Task PublishAsync(ServiceBusSender sender, IReadOnlyList<Notification> notifications)
    {
        var batch = await sender.CreateMessageBatchAsync();
        try
        {
            foreach (var notification in notifications)
            {
                var message = TopicMessages.Create(notification);
                if (batch.TryAddMessage(message)) continue;
                await sender.SendMessagesAsync(batch);
                batch.Dispose();
                batch = await sender.CreateMessageBatchAsync();
                if (!batch.TryAddMessage(message)) throw new InvalidOperationException($"{notification.Id} does not fit in an empty batch.");
            }
            if (batch.Count > 0) await sender.SendMessagesAsync(batch);
        }
        finally
        {
            batch.Dispose();
        }
    }

    private static async Task<bool> WaitAsync(Func<bool> done, Func<int> progress)
    {
        var clock = Stopwatch.StartNew();
        var moved = Stopwatch.StartNew();
        var last = progress();
        while (!done())
        {
            if (clock.Elapsed > Limit || moved.Elapsed > Stalled) return false;
            await Task.Delay(20);
            if (progress() is var now && now != last) (last, moved) = (now, Stopwatch.StartNew());
        }
        return true;
    }
}
