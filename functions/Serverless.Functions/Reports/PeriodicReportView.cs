using Serverless.Tracking;
using Serverless.Tracking.Reporting;

namespace Serverless.Functions.Reports;

/// <summary>The JSON shape of a periodic report.</summary>
public static class PeriodicReportView
{
    /// <summary>Maps a report; agency names come from the directory.</summary>
    public static object From(PeriodicReport report, AgencyDirectory agencies, string issuingOffice, int entryWorkingDays, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(agencies);
        var linesByAgency = report.Lines.ToLookup(l => l.Task.LeadAgency, StringComparer.Ordinal);
        return new
        {
            title = ReportTitles.Title(report.Period),
            issuingOffice,
            period = new
            {
                kind = report.Period.Kind,
                label = report.Period.Label,
                from = report.Period.From,
                to = report.Period.To,
                cutOff = report.Period.CutOff,
                dueOn = report.DueOn,
            },
            asOf = report.AsOf,
            provisional = report.Provisional,
            generatedAt,
            labels = Enum.GetValues<ProgressCategory>().ToDictionary(c => Key(c), ProgressCategories.Label),
            ranking = new
            {
                onTimeShare = report.Weights.OnTimeShare,
                perOverdueTask = report.Weights.PerOverdueTask,
                perOverdueDay = report.Weights.PerOverdueDay,
                rule = "score = onTimeShare × (hoàn thành đúng hạn / tổng số) − perOverdueTask × (hoàn thành quá hạn + đang thực hiện quá hạn) − perOverdueDay × số ngày quá hạn",
            },
            agencies = report.Agencies.Select(a => new
            {
                rank = a.Rank,
                score = a.Score,
                code = a.Tally.Code,
                name = NameOf(agencies, a.Tally.Code),
                counts = Counts(a.Tally),
                tasks = Enum.GetValues<ProgressCategory>().ToDictionary(c => Key(c),
                    c => linesByAgency[a.Tally.Code].Where(l => l.Standing.Category == c).Select(l => l.Task.TaskId).ToList()),
            }).ToList(),
            totals = Counts(report.Totals),
            tasks = report.Lines.Select(l => new
            {
                id = l.Task.TaskId,
                noticeId = l.Task.NoticeId,
                noticeNumber = l.Task.NoticeNumber,
                directiveNumber = l.Task.DirectiveNumber,
                content = l.Task.Content,
                leadAgency = l.Task.LeadAgency,
                category = l.Standing.Category,
                categoryLabel = ProgressCategories.Label(l.Standing.Category),
                dueDate = l.Standing.DueDate,
                completedOn = l.Task.CompletedOn <= report.Period.CutOff ? l.Task.CompletedOn : null,
                daysLate = l.Standing.DaysLate,
                createdAt = l.Task.CreatedAt,
            }).ToList(),
            taskEntry = new
            {
                workingDays = entryWorkingDays,
                notices = report.Notices.Select(n => new
                {
                    noticeId = n.NoticeId,
                    noticeNumber = n.NoticeNumber,
                    issuedOn = n.IssuedOn,
                    enteredOn = n.EnteredOn,
                    workingDaysAfterIssue = n.WorkingDaysAfterIssue,
                    withinRule = n.WithinRule,
                }).ToList(),
            },
        };
    }

    /// <summary>An agency's Vietnamese name, or its code when the directory no longer knows it.</summary>
    public static string NameOf(AgencyDirectory agencies, string code)
    {
        ArgumentNullException.ThrowIfNull(agencies);
        return agencies.Contains(code) ? agencies.Get(code).Name : code;
    }

    private static object Counts(AgencyTally t) => new
    {
        total = t.Total,
        completedOnTime = t.CompletedOnTime,
        completedLate = t.CompletedLate,
        inProgressOnTime = t.InProgressOnTime,
        inProgressOverdue = t.InProgressOverdue,
        cancelled = t.Cancelled,
        assignedInPeriod = t.AssignedInPeriod,
        completionRate = t.CompletionRate,
        onTimeRate = t.OnTimeRate,
        maxDaysOverdue = t.MaxDaysOverdue,
        daysLate = t.DaysLate,
    };

    private static string Key(ProgressCategory category) => category switch
    {
        ProgressCategory.CompletedOnTime => "completedOnTime",
        ProgressCategory.CompletedLate => "completedLate",
        ProgressCategory.InProgressOnTime => "inProgressOnTime",
        _ => "inProgressOverdue",
    };
}
