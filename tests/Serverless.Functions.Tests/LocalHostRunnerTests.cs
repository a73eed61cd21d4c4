using Microsoft.Extensions.DependencyInjection;
using Serverless.Grains.Storage;
using Serverless.LocalHost;
using Serverless.Testing;
using Xunit;

namespace Serverless.Functions.Tests;

public sealed class LocalHostRunnerTests
{
    [Fact]
    public async Task Timer_functions_run_on_their_schedule_from_the_settings()
    {
        await using var azurite = await AzuriteServer.StartAsync();
        var settings = TestHostSettings.Create(azurite.ConnectionString, Path.Combine(Path.GetTempPath(), $"timers-{Guid.NewGuid():N}.pem"));
        // Every second, so the test sees the sweep run without waiting a minute.
        settings.Configuration["SweepSchedule"] = "* * * * * *";
        await using var app = LocalHostApp.Build(settings);
        await app.StartAsync();

        // A task ten days overdue: its current stage (overdue-7d, to the leadership) is due now, so the next timer run
        // of the sweep must deliver it to the leadership's inbox.
        var taskId = $"{SampleNotices.NewId()}.1.1";
        var today = Serverless.Tracking.VietnamTime.DateOf(DateTimeOffset.UtcNow);
        await app.Services.GetRequiredService<IGrainFactory>().GetGrain<Serverless.Grains.IDirectiveTaskGrain>(taskId).CreateAsync(
            new Serverless.Grains.TaskDefinition(taskId, taskId[..^4], "9/TB-UBND", 1, "Kiểm tra bộ hẹn giờ.", "SXD", [], [today.AddDays(-10)]),
            Serverless.Grains.Actor.System);
        var outbox = app.Services.GetRequiredService<NotificationOutbox>();

        var delivered = false;
        for (var i = 0; i < 100 && !delivered; i++)
        {
            await Task.Delay(100);
            delivered = (await outbox.ListForRecipientAsync("LANHDAO", null, 50)).Items.Any(n => n.TaskId == taskId);
        }
        await app.StopAsync();

        Assert.True(delivered, "the sweep timer did not deliver the due escalation within 10 s");
    }

    [Fact]
    public async Task A_start_with_the_development_clock_logs_no_warning_and_no_library_chatter()
    {
        await using var azurite = await AzuriteServer.StartAsync();
        var settings = TestHostSettings.Create(azurite.ConnectionString, Path.Combine(Path.GetTempPath(), $"start-{Guid.NewGuid():N}.pem"));
        settings.Time = new OffsetTimeProvider(new DateTimeOffset(2023, 8, 8, 9, 0, 0, TimeSpan.FromHours(7)));
        settings.SeedFile = Serverless.Testing.RepoPaths.Combine("samples", "sample-notice.json");
        var logs = new CapturedLogs();
        settings.ConfigureServices = services => services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(logs);
        await using (var app = LocalHostApp.Build(settings))
        {
            await app.StartAsync();
            // The silo's watchdog checks every second; give it a few rounds, and the seed's grains their placement.
            await Task.Delay(TimeSpan.FromSeconds(4));
            await app.StopAsync();
        }

        // The test process does not run server GC (the Function App and LocalHost do), so Orleans notes that here only;
        // and the silo's health monitor measures this shared test machine's real load (test suites run side by side).
        var warnings = logs.Entries.Where(e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Warning
            && !(e.Category == "Orleans.Runtime.Silo" && e.Message.StartsWith("Note: ", StringComparison.Ordinal))
            && e.Category != "Orleans.Runtime.MembershipService.LocalSiloHealthMonitor").ToList();
        Assert.True(warnings.Count == 0, string.Join(Environment.NewLine, warnings.Select(w => $"{w.Level} {w.Category}: {w.Message}")));
        Assert.DoesNotContain(logs.Entries, e => e.Category.StartsWith("Polly", StringComparison.Ordinal));
        Assert.Contains(logs.Entries, e => e.Category.EndsWith(nameof(SampleNoticeLoader), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_silo_watchdog_reads_an_unset_timestamp_as_the_time_since_the_process_started_not_the_machine_uptime()
    {
        await using var azurite = await AzuriteServer.StartAsync();
        var settings = TestHostSettings.Create(azurite.ConnectionString, Path.Combine(Path.GetTempPath(), $"clock-{Guid.NewGuid():N}.pem"));
        await using var app = LocalHostApp.Build(settings);

        var membershipClock = app.Services.GetRequiredKeyedService<TimeProvider>(Orleans.Runtime.TimeProviderNames.Membership);
        var processAge = DateTime.Now - System.Diagnostics.Process.GetCurrentProcess().StartTime;

        Assert.True(membershipClock.GetElapsedTime(0) <= processAge,
            $"an unset timestamp reads as {membershipClock.GetElapsedTime(0)}, the process is {processAge} old");
        var before = membershipClock.GetTimestamp();
        await Task.Delay(50);
        Assert.InRange(membershipClock.GetElapsedTime(before), TimeSpan.FromMilliseconds(40), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void The_development_clock_starts_at_the_chosen_instant_and_runs_at_real_speed()
    {
        var start = new DateTimeOffset(2023, 8, 1, 9, 0, 0, TimeSpan.FromHours(7));
        var clock = new OffsetTimeProvider(start);

        var first = clock.GetUtcNow();
        Thread.Sleep(50);
        var second = clock.GetUtcNow();

        Assert.InRange(first - start, TimeSpan.Zero, TimeSpan.FromSeconds(1));
        Assert.InRange(second - first, TimeSpan.FromMilliseconds(40), TimeSpan.FromSeconds(1));
    }
}
