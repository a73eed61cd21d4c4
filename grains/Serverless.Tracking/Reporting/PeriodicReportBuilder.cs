namespace Serverless.Tracking.Reporting;

/// <summary>Builds a periodic report from task facts: pure, so the same facts and period always give the same report.</summary>
/// <param name="rule">The cut-off rule (for the due date of the report).</param>
/// <param name="weights">Ranking weights.</param>
/// <param name="workingDays">The working-day calendar.</param>
/// <param name="entryWorkingDays">The task-entry allowance in working days.</param>
public sealed class PeriodicReportBuilder(CutOffRule rule, RankingWeights weights, WorkingDays workingDays, int entryWorkingDays = EntryTimeliness.DefaultWorkingDays)
{
    /// <summary>
    /// The report for <paramref name="requested"/> over <paramref name="tasks"/> (tasks outside it are left out). Asked
    /// for before the cut-off, it counts as of <paramref name="today"/> and is provisional.
    /// </summary>
    public PeriodicReport Build(ReportPeriod requested, IEnumerable<TaskFacts> tasks, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(requested);
        ArgumentNullException.ThrowIfNull(tasks);
        var period = today < requested.CutOff && today >= requested.From ? requested with { To = today } : requested;
        var rows = new Dictionary<string, AgencyTally>(StringComparer.Ordinal);
        var lines = new List<ReportLine>();
        var entered = new Dictionary<string, (TaskFacts First, DateOnly EnteredOn)>(StringComparer.Ordinal);
        foreach (var task in tasks)
        {
            var standing = AsOfRules.Classify(task, period);
            var cancelled = AsOfRules.CancelledIn(task, period);
            if (standing is null && !cancelled) continue;
            if (!rows.TryGetValue(task.LeadAgency, out var row)) rows[task.LeadAgency] = row = new AgencyTally(task.LeadAgency);
            if (cancelled) row.AddCancelled();
            if (standing is null) continue;
            row.Add(standing, period.Contains(task.CreatedOn));
            lines.Add(new ReportLine(task, standing));
            if (!entered.TryGetValue(task.NoticeId, out var first) || task.CreatedOn < first.EnteredOn)
                entered[task.NoticeId] = (task, task.CreatedOn);
        }

        var totals = new AgencyTally("");
        foreach (var row in rows.Values) totals.Include(row);
        return new PeriodicReport(
            requested,
            period.CutOff,
            requested.DueOn(rule, workingDays),
            Rank(rows.Values),
            totals,
            lines.OrderBy(l => l.Task.LeadAgency, StringComparer.Ordinal).ThenBy(l => l.Standing.Category)
                .ThenBy(l => l.Standing.DueDate).ThenBy(l => l.Task.TaskId, StringComparer.Ordinal).ToList(),
            entered.Values.Select(e => EntryTimeliness.Evaluate(e.First.NoticeId, e.First.NoticeNumber, e.First.NoticeIssuedOn, e.EnteredOn, workingDays, entryWorkingDays))
                .OrderBy(n => n.IssuedOn).ThenBy(n => n.NoticeId, StringComparer.Ordinal).ToList(),
            weights);
    }

    // Best score first; ties broken by fewer overdue tasks, then by code, and equal scores share a rank.
    private List<RankedAgency> Rank(IEnumerable<AgencyTally> rows)
    {
        var scored = rows.Select(r => (Score: weights.Score(r), Row: r))
            .OrderByDescending(s => s.Score).ThenBy(s => s.Row.InProgressOverdue).ThenBy(s => s.Row.Code, StringComparer.Ordinal).ToList();
        var ranked = new List<RankedAgency>(scored.Count);
        for (var i = 0; i < scored.Count; i++)
        {
            var rank = i > 0 && scored[i].Score == scored[i - 1].Score ? ranked[i - 1].Rank : i + 1;
            ranked.Add(new RankedAgency(rank, scored[i].Score, scored[i].Row));
        }
        return ranked;
    }
}
