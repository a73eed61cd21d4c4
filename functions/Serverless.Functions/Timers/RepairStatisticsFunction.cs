using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Serverless.Grains.Storage;
using Serverless.Tracking;

namespace Serverless.Functions.Timers;

/// <summary>
/// Every hour at minute 17: copies the counters of record that their copies (what the statistics read) lag behind. A
/// task's write copies its counters itself; this catches the copies a crash between the two writes left behind, or an
/// instance of an older version wrote none of during a rolling deployment, when that task is not written again. It
/// reads agencies × months rows, whatever the number of tasks; a fixed schedule, since nothing depends on its minute.
/// </summary>
public sealed partial class RepairStatisticsFunction(TaskIndex taskIndex, AgencyDirectory agencies, ILogger<RepairStatisticsFunction> logger)
{
    /// <summary>Runs one repair pass.</summary>
    [Function("RepairStatistics")]
    public async Task RunAsync([TimerTrigger("0 17 * * * *")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var copied = await taskIndex.RepairCounterCopiesAsync(agencies.All.Select(a => a.Code), cancellationToken).ConfigureAwait(false);
        if (copied > 0) LogRepaired(logger, copied);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Statistics repair: {Copied} counter copies were behind their rows of record and were copied again")]
    private static partial void LogRepaired(ILogger logger, int copied);
}
