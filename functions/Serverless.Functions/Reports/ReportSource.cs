using System.Collections.Concurrent;
using Serverless.Grains.Storage;
using Serverless.Tracking;
using Serverless.Tracking.Reporting;

namespace Serverless.Functions.Reports;

/// <summary>
/// Reads the facts a report needs from the report index: one range query per lead agency partition (all of the
/// directory's agencies for an all-agency report, a few at a time), never a fan-out to grains.
/// </summary>
public sealed class ReportSource(ReportIndex index, AgencyDirectory agencies)
{
    private const int Parallelism = 8;

    /// <summary>The facts of the tasks that may count in the query's period.</summary>
    public async Task<IReadOnlyList<TaskFacts>> LoadAsync(PeriodicReportQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var codes = query.Agency is { } one ? [one] : agencies.All.Select(a => a.Code).ToList();
        var found = new ConcurrentBag<TaskFacts>();
        await Parallel.ForEachAsync(codes, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (code, token) =>
            {
                await foreach (var facts in index.QueryAsync(code, query.Period, query.NoticeId, token).ConfigureAwait(false))
                    found.Add(facts);
            }).ConfigureAwait(false);
        return found.ToList();
    }
}
