using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Serverless.Functions.Auth;
using Serverless.Grains.Storage;
using Serverless.Tracking;
using Serverless.Tracking.Reporting;

namespace Serverless.Functions.Http;

/// <summary>
/// The task list's filters (agency, status, overdue, pendingExtension), shared by the list and its export. Status
/// takes the lifecycle states and "dueSoon" ("sắp đến hạn": in progress, due today or within the configured working
/// days). An agency's list is always its own: another agency's answers 404, like an unknown one.
/// </summary>
public static class TaskListQueryReader
{
    /// <summary>The status value that selects tasks due soon.</summary>
    public const string DueSoonStatus = "dueSoon";

    /// <summary>The query, or the problem naming the field at fault.</summary>
    public static (TaskQuery? Query, IActionResult? Problem) Read(HttpRequest request, Caller caller, AgencyDirectory agencies, DateOnly today,
        WorkingDays workingDays, int dueSoonWorkingDays)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(agencies);
        string? agency = request.Query["agency"];
        if (agency is not null && !agencies.Contains(agency)) return (null, ApiResults.Invalid("agency", $"Mã cơ quan không tồn tại: {agency}."));
        if (!caller.ReadsEverything)
        {
            if (agency is not null && agency != caller.Agency) return (null, ApiResults.NotFound($"Không có danh sách nhiệm vụ của cơ quan '{agency}'."));
            agency = caller.Agency;
        }

        DirectiveTaskStatus? status = null;
        (DateOnly From, DateOnly To)? dueSoon = null;
        if (request.Query["status"].ToString() is { Length: > 0 } statusText)
        {
            if (statusText == DueSoonStatus)
                dueSoon = DueSoon.Window(today, workingDays, dueSoonWorkingDays);
            else if (!Enum.TryParse<DirectiveTaskStatus>(statusText, ignoreCase: true, out var parsed) || int.TryParse(statusText, out _))
                return (null, ApiResults.Invalid("status", "Trạng thái phải là inProgress, completed, cancelled, awaitingDate hoặc dueSoon."));
            else
                status = parsed;
        }

        if (QueryFlag.Read(request, "overdue", out var overdue) is { } overdueProblem) return (null, overdueProblem);
        if (QueryFlag.Read(request, "pendingExtension", out var pendingExtension) is { } pendingProblem) return (null, pendingProblem);
        return (new TaskQuery(agency, status, overdue ? today : null, pendingExtension, dueSoon?.From, dueSoon?.To), null);
    }
}
