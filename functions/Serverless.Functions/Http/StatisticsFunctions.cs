using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Serverless.Functions.Auth;
using Serverless.Functions.Reports;
using Serverless.Tracking.Reporting;
using Serverless.Tracking;
using Serverless.Grains.Storage;

namespace Serverless.Functions.Http;

/// <summary>Who is behind: per lead agency, the four Vietnamese reporting categories, most overdue first.</summary>
public sealed class StatisticsFunctions(ApiGate gate, TaskIndex taskIndex, AgencyDirectory agencies, TrackingClock clock, IGrainFactory grains,
    WorkingDays workingDays, IOptions<ReportOptions> reportOptions)
{
    /// <summary>
    /// Statistics per lead agency, optionally for one notice (?noticeId=), one agency (?agency=) and tasks due in a
    /// period (?from=&amp;to=, ISO dates, both ends included). Without a notice they come from the agencies' counters,
    /// never from reading every task; with one, from that notice's few tasks. Leaders and the office see every
    /// agency; an agency sees its own row only.
    /// </summary>
    [Function("GetStatistics")]
    public Task<IActionResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "statistics")] HttpRequest request, CancellationToken cancellationToken) =>
        gate.RunAsync(request, [Roles.Leader, Roles.Office, Roles.Agency], async caller =>
        {
            string? noticeId = request.Query["noticeId"];
            if (noticeId is not null && !TrackingIds.IsValidNoticeId(noticeId)) return ApiResults.Invalid("noticeId", "Mã thông báo không hợp lệ.");
            // An empty list would read as "nobody is behind" for a notice that was never imported (a typo, say).
            if (noticeId is not null && await grains.GetGrain<Serverless.Grains.INoticeGrain>(noticeId).GetAsync() is null)
            {
                var missing = $"Không có thông báo '{noticeId}'.";
                return ApiResults.Problem(404, "Không tìm thấy", missing, new Dictionary<string, string[]> { ["noticeId"] = [missing] });
            }
            string? agency = request.Query["agency"];
            if (agency is not null && !agencies.Contains(agency)) return ApiResults.Invalid("agency", $"Mã cơ quan không tồn tại: {agency}.");
            if (!caller.ReadsEverything)
            {
                if (agency is not null && agency != caller.Agency) return ApiResults.NotFound($"Không có thống kê của cơ quan '{agency}'.");
                agency = caller.Agency;
            }
            if (ReadDate(request, "from", out var from) is { } fromProblem) return fromProblem;
            if (ReadDate(request, "to", out var to) is { } toProblem) return toProblem;
            if (from > to) return ApiResults.Invalid("to", "Ngày kết thúc phải không trước ngày bắt đầu.");

            var today = clock.Today;
            var dueSoon = DueSoon.Window(today, workingDays, reportOptions.Value.DueSoonWorkingDays);
            var rows = noticeId is not null
                ? await FromNoticeAsync(noticeId, agency, from, to, today, dueSoon, cancellationToken)
                : await FromCountersAsync(agency, from, to, today, dueSoon, cancellationToken);

            var ordered = rows.OrderByDescending(r => r.InProgressOverdue).ThenByDescending(r => r.MaxDaysOverdue).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
            return ApiResults.Json(new
            {
                asOf = today,
                labels = new
                {
                    completedOnTime = ProgressCategories.Label(ProgressCategory.CompletedOnTime),
                    completedLate = ProgressCategories.Label(ProgressCategory.CompletedLate),
                    inProgressOnTime = ProgressCategories.Label(ProgressCategory.InProgressOnTime),
                    inProgressOverdue = ProgressCategories.Label(ProgressCategory.InProgressOverdue),
                    dueSoon = "Sắp đến hạn",
                },
                dueSoonWorkingDays = reportOptions.Value.DueSoonWorkingDays,
                agencies = ordered,
            });
        });

    /// <summary>The agency list (codes, Vietnamese names, kinds, supervisors, aliases, retired) and the kinds, for clerks matching names to codes.</summary>
    [Function("ListAgencies")]
    public Task<IActionResult> ListAgenciesAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "agencies")] HttpRequest request) =>
        gate.RunAsync(request, [Roles.Leader, Roles.Office, Roles.Agency, Roles.Operator], _ =>
            Task.FromResult(ApiResults.Json(new
            {
                leadership = agencies.Leadership,
                supervisingOffice = agencies.SupervisingOffice,
                items = agencies.All.OrderBy(a => a.Code, StringComparer.Ordinal).Select(AgencyDirectoryFunctions.AgencyView).ToList(),
                // The kinds an agency may have, with their Vietnamese labels, for the office's directory page.
                kinds = AgencyKinds.Labels.Select(k => new { code = k.Key, label = k.Value }).ToList(),
            })));

    private async Task<List<AgencyStatistics>> FromNoticeAsync(string noticeId, string? agency, DateOnly? from, DateOnly? to, DateOnly today,
        (DateOnly From, DateOnly To) dueSoon, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<string, AgencyStatistics>(StringComparer.Ordinal);
        await foreach (var task in taskIndex.ListNoticeAsync(noticeId, cancellationToken))
        {
            if (agency is not null && task.LeadAgency != agency) continue;
            if ((from is not null || to is not null) && (task.DueDate is not { } due || due < from || due > to)) continue;
            if (!rows.TryGetValue(task.LeadAgency, out var row))
                rows[task.LeadAgency] = row = new AgencyStatistics(task.LeadAgency, NameOf(task.LeadAgency));
            row.Add(task, today, dueSoon);
        }
        return rows.Values.ToList();
    }

    private async Task<List<AgencyStatistics>> FromCountersAsync(string? agency, DateOnly? from, DateOnly? to, DateOnly today,
        (DateOnly From, DateOnly To) dueSoon, CancellationToken cancellationToken)
    {
        // One query over the counters' copies, whatever the number of agencies or tasks.
        var counts = await taskIndex.CountAllAsync(agency, today, from, to, dueSoon, cancellationToken);
        return counts.Where(c => c.Total > 0).Select(c => AgencyStatistics.From(c, NameOf(c.Agency))).ToList();
    }

    private string NameOf(string code) => agencies.Contains(code) ? agencies.Get(code).Name : code;

    private static IActionResult? ReadDate(HttpRequest request, string name, out DateOnly? value)
    {
        value = null;
        if (request.Query[name].ToString() is not { Length: > 0 } text) return null;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
            return ApiResults.Invalid(name, "Ngày phải theo dạng yyyy-MM-dd.");
        value = date;
        return null;
    }
}
