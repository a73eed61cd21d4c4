using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Serverless.Functions.Hosting;
using Serverless.Grains;
using Serverless.Tracking;

namespace Serverless.Functions.Sweeping;

/// <summary>
/// Checks each due deadline: every stripe of the due index from its watermark up to now, each stripe on the silo
/// its grain is placed on (see <see cref="DueSweep"/>). Safe to run twice or late: the grains send each stage at
/// most once and only the stage current now.
/// </summary>
public sealed partial class DeadlineSweeper(
    IGrainFactory grains, TrackingClock clock, IOptions<SweepOptions> options, ILogger<DeadlineSweeper> logger)
{
    /// <summary>Runs one sweep.</summary>
    public async Task<SweepResult> SweepAsync(CancellationToken cancellationToken)
    {
        var now = clock.Now;
        var calls = await grains.SweepDueAsync(now, options.Value.MaxParallelism, cancellationToken).ConfigureAwait(false);
        var result = new SweepResult(calls.Sum(c => c.Checked), calls.Sum(c => c.Notified), calls.Sum(c => c.Failed),
            calls.Select(c => c.Silo).Distinct(StringComparer.Ordinal).Count());
        LogSwept(logger, result.Checked, result.Notified, result.Failed, now, result.Silos);
        return result;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sweep at {Now}: {Checked} checked, {Notified} notified, {Failed} failed, on {Silos} silo(s)")]
    private static partial void LogSwept(ILogger logger, int @checked, int notified, int failed, DateTimeOffset now, int silos);
}
