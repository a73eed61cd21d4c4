using Cronos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Serverless.LocalHost;

/// <summary>Runs every timer function on its own six-field NCRONTAB schedule (%Setting% names resolved).</summary>
public sealed partial class TimerFunctionRunner(
    FunctionCatalog catalog, IServiceProvider services, IConfiguration configuration, ILogger<TimerFunctionRunner> logger) : BackgroundService
{
    /// <summary>The schedule of a timer function, with a %Setting% name resolved from configuration.</summary>
    public static CronExpression ScheduleOf(FunctionDescriptor function, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(configuration);
        var schedule = function.Schedule ?? throw new InvalidOperationException($"{function.Name} has no schedule.");
        if (schedule.StartsWith('%') && schedule.EndsWith('%'))
        {
            var setting = schedule.Trim('%');
            schedule = configuration[setting.Replace("__", ":", StringComparison.Ordinal)]
                ?? throw new InvalidOperationException($"Setting {setting} (schedule of {function.Name}) is missing.");
        }
        return CronExpression.Parse(schedule, CronFormat.IncludeSeconds);
    }

    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(catalog.Functions.Where(f => f.Kind == FunctionKind.Timer).Select(f => RunAsync(f, stoppingToken)));

    private async Task RunAsync(FunctionDescriptor function, CancellationToken stoppingToken)
    {
        var schedule = ScheduleOf(function, configuration);
        while (!stoppingToken.IsCancellationRequested)
        {
            var next = schedule.GetNextOccurrence(DateTimeOffset.UtcNow, TimeZoneInfo.Utc);
            if (next is null) return;
            var delay = next.Value - DateTimeOffset.UtcNow;
            if (delay > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(delay, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }

            try
            {
                using var scope = services.CreateScope();
                await FunctionInvoker.InvokeTimerAsync(function, scope.ServiceProvider, isPastDue: false, stoppingToken).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // A failed run is logged and the timer keeps its schedule, as the Functions host does.
            catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
            {
                LogTimerFailed(logger, e, function.Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Timer function {Function} failed")]
    private static partial void LogTimerFailed(ILogger logger, Exception exception, string function);
}
