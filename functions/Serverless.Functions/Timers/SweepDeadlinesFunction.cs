using Microsoft.Azure.Functions.Worker;
using Serverless.Functions.Sweeping;

namespace Serverless.Functions.Timers;

/// <summary>Every minute (setting SweepSchedule): check the deadlines that are due.</summary>
public sealed class SweepDeadlinesFunction(DeadlineSweeper sweeper)
{
    /// <summary>Runs one sweep.</summary>
    [Function("SweepDeadlines")]
    public Task RunAsync([TimerTrigger("%SweepSchedule%")] TimerInfo timer, CancellationToken cancellationToken) =>
        sweeper.SweepAsync(cancellationToken);
}
