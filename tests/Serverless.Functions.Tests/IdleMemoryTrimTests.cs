using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Orleans.Configuration;
using Serverless.Functions.Hosting;
using Serverless.LocalHost;
using Xunit;

namespace Serverless.Functions.Tests;

public sealed class IdleMemoryTrimTests
{
    private const long MB = 1024 * 1024;

    [Fact]
    public void The_trim_comes_once_after_enough_quiet_ticks_and_again_only_after_more_work()
    {
        var schedule = new IdleTrimSchedule(busyBytesPerTick: 64 * MB, quietTicksBeforeTrim: 4);
        var allocated = 0L;
        bool Tick(long megabytes) => schedule.Observe(allocated += megabytes * MB);

        Tick(0);
        Assert.False(Tick(500)); // busy
        Assert.False(Tick(3));
        Assert.False(Tick(3));
        Assert.False(Tick(3));
        Assert.True(Tick(63)); // the fourth quiet tick in a row: just under the threshold is quiet
        for (var i = 0; i < 10; i++) Assert.False(Tick(3)); // still quiet: nothing new to give back

        Assert.False(Tick(64)); // at the threshold is busy
        Assert.False(Tick(3));
        Assert.False(Tick(3));
        Assert.False(Tick(200)); // work again before the trim: the quiet starts over
        Assert.False(Tick(3));
        Assert.False(Tick(3));
        Assert.False(Tick(3));
        Assert.True(Tick(3));
    }

    [Fact]
    public void An_instance_that_stays_quiet_from_its_start_trims_its_start_up_once()
    {
        var schedule = new IdleTrimSchedule(busyBytesPerTick: 64 * MB, quietTicksBeforeTrim: 2);

        Assert.False(schedule.Observe(300 * MB)); // the first reading only sets the baseline
        Assert.False(schedule.Observe(301 * MB));
        Assert.True(schedule.Observe(302 * MB));
        Assert.False(schedule.Observe(303 * MB));
    }

    [Theory]
    [InlineData("00:02:00", "00:01:00", 4)]
    [InlineData("00:02:30", "00:01:00", 5)]
    [InlineData("00:15:00", "00:01:00", 17)]
    [InlineData("00:02:00", "00:00:30", 3)]
    public void The_quiet_lasts_until_the_collector_has_taken_every_grain(string collectionAge, string quantum, int ticks) =>
        Assert.Equal(ticks, IdleMemoryTrimmer.QuietTicksFor(new GrainCollectionOptions
        {
            CollectionAge = TimeSpan.Parse(collectionAge, System.Globalization.CultureInfo.InvariantCulture),
            CollectionQuantum = TimeSpan.Parse(quantum, System.Globalization.CultureInfo.InvariantCulture),
        }));

    [Fact]
    public async Task The_service_collects_once_the_instance_has_been_quiet_and_logs_what_it_gave_back()
    {
        var time = new FakeTimeProvider();
        var allocated = 0L;
        var logs = new CapturedLogs();
        using var loggers = LoggerFactory.Create(b => b.AddProvider(logs));
        using var trimmer = new IdleMemoryTrimmer(Options.Create(new MemoryOptions()), Options.Create(new GrainCollectionOptions { CollectionAge = TimeSpan.FromMinutes(1), CollectionQuantum = TimeSpan.FromSeconds(30) }),
            loggers.CreateLogger<IdleMemoryTrimmer>(), time, () => Interlocked.Read(ref allocated));
        await trimmer.StartAsync(CancellationToken.None);
        try
        {
            Interlocked.Add(ref allocated, 500 * MB);
            await MinuteAsync(time, trimmer); // busy
            Assert.Equal(0, trimmer.Trims);
            await MinuteAsync(time, trimmer); // quiet 1
            Assert.Equal(0, trimmer.Trims);
            await MinuteAsync(time, trimmer); // quiet 2 = collection age (1 min) + two quanta (30 s)
            Assert.Equal(1, trimmer.Trims);
            await MinuteAsync(time, trimmer);
            Assert.Equal(1, trimmer.Trims);
            Assert.Contains(logs.Entries, e => e.Level == LogLevel.Information && e.Message.StartsWith("Quiet for 2 min: one full collection", StringComparison.Ordinal));
        }
        finally
        {
            await trimmer.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task Turned_off_it_never_collects()
    {
        var time = new FakeTimeProvider();
        using var trimmer = new IdleMemoryTrimmer(Options.Create(new MemoryOptions { TrimWhenIdle = false }), Options.Create(new GrainCollectionOptions { CollectionAge = TimeSpan.FromMinutes(1), CollectionQuantum = TimeSpan.FromSeconds(30) }),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<IdleMemoryTrimmer>.Instance, time, () => 0);
        await trimmer.StartAsync(CancellationToken.None);

        // Its loop ends at once (turned on, it would wait for the fake clock's next minute, which never comes).
        await trimmer.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));
        time.Advance(IdleMemoryTrimmer.Tick * 5);
        await trimmer.StopAsync(CancellationToken.None);
        Assert.Equal(0, trimmer.Ticks);
        Assert.Equal(0, trimmer.Trims);
    }

    [Fact]
    public async Task The_product_host_has_the_trimmer_and_refuses_a_bad_threshold_naming_the_setting()
    {
        var settings = new LocalHostSettings { RunTimers = false };
        settings.Configuration["Memory:BusyMegabytesPerMinute"] = "0";
        await using var app = LocalHostApp.Build(settings);

        Assert.NotNull(app.Services.GetRequiredService<IdleMemoryTrimmer>());
        var error = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IOptions<MemoryOptions>>().Value);
        Assert.Contains("Memory__BusyMegabytesPerMinute", error.Message, StringComparison.Ordinal);
    }

    // One tick of the trimmer's timer, then wait until its loop has handled it.
    private static async Task MinuteAsync(FakeTimeProvider time, IdleMemoryTrimmer trimmer)
    {
        var before = trimmer.Ticks;
        time.Advance(IdleMemoryTrimmer.Tick);
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (trimmer.Ticks == before) await Task.Delay(10, wait.Token);
    }
}
