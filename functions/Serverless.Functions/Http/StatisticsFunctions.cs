using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Serverless.Functions.Auth;
using Serverless.Tracking;
using Serverless.Grains.Storage;

namespace Serverless.Functions.Http;

/// <summary>Who is behind: per lead agency, the four Vietnamese reporting categories, most overdue first.</summary>
public sealed class StatisticsFunctions(ApiGate gate, TaskIndex taskIndex, AgencyDirectory agencies, TrackingClock clock)
{
    /// <summary>
    /// Statistics over every task (or one notice's, with ?noticeId=) from the read model. Leaders and the office see
    /// every agency; an agency sees its own row only.
    /// </summary>
    [Function("GetStatistics")]
    public Task<IActionResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "statistics")] HttpRequest request, CancellationToken cancellationToken) =>
        gate.RunAsync(request, [Roles.Leader, Roles.Office, Roles.Agency], async caller =>
        {
            string? noticeId = request.Query["noticeId"];
            if (noticeId is not null && !TrackingIds.IsValidNoticeId(noticeId)) return ApiResults.Invalid("noticeId", "Mã thông báo không hợp lệ.");

            var today = clock.Today;
            var rows = new Dictionary<string, AgencyStatistics>(StringComparer.Ordinal);
            // One partition scan of the read model; thousands of tasks are a few pages, never a fan-out to grains.
            await foreach (var task in taskIndex.ScanAllAsync(noticeId, cancellationToken))
            {
                if (!caller.ReadsEverything && task.LeadAgency != caller.Agency) continue;
                if (!rows.TryGetValue(task.LeadAgency, out var row))
                    rows[task.LeadAgency] = row = new AgencyStatistics(task.LeadAgency, agencies.Contains(task.LeadAgency) ? agencies.Get(task.LeadAgency).Name : task.LeadAgency);
                row.Add(task, today);
            }

            var ordered = rows.Values.OrderByDescending(r => r.InProgressOverdue).ThenByDescending(r => r.MaxDaysOverdue).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
            return ApiResults.Json(new
            {
                asOf = today,
                labels = new
                {
                    completedOnTime = ProgressCategories.Label(ProgressCategory.CompletedOnTime),
                    completedLate = ProgressCategories.Label(ProgressCategory.CompletedLate),
                    inProgressOnTime = ProgressCategories.Label(ProgressCategory.InProgressOnTime),
                    inProgressOverdue = ProgressCategories.Label(ProgressCategory.InProgressOverdue),
                },
                agencies = ordered,
            });
        });

    /// <summary>The agency list (codes and Vietnamese names), for clerks matching names to codes.</summary>
    [Function("ListAgencies")]
    public Task<IActionResult> ListAgenciesAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "agencies")] HttpRequest request) =>
        gate.RunAsync(request, [Roles.Leader, Roles.Office, Roles.Agency, Roles.Operator], _ =>
            Task.FromResult(ApiResults.Json(new
            {
                leadership = agencies.Leadership,
                supervisingOffice = agencies.SupervisingOffice,
                items = agencies.All.Select(a => new { code = a.Code, name = a.Name, supervisor = a.Supervisor }).ToList(),
            })));
}
