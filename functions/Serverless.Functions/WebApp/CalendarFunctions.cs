using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Serverless.Functions.Auth;
using Serverless.Functions.Http;
using Serverless.Tracking;

namespace Serverless.Functions.WebApp;

/// <summary>The product's today and what "sắp đến hạn" (due within 3 working days) covers, on the official calendar.</summary>
public sealed class CalendarFunctions(ApiGate gate, TrackingClock clock, WorkingDays workingDays)
{
    /// <summary>Working days that count as "sắp đến hạn".</summary>
    public const int DueSoonWorkingDays = 3;

    /// <summary>{ today, dueSoonUntil, dueSoonWorkingDays }: open tasks due from today up to dueSoonUntil are due soon.</summary>
    [Function("Calendar")]
    public Task<IActionResult> GetAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "calendar")] HttpRequest request) =>
        gate.RunAsync(request, [Roles.Leader, Roles.Office, Roles.Agency, Roles.Operator], _ =>
        {
            var today = clock.Today;
            return Task.FromResult(ApiResults.Json(new
            {
                now = clock.Now,
                today,
                dueSoonUntil = workingDays.Add(today, DueSoonWorkingDays),
                dueSoonWorkingDays = DueSoonWorkingDays,
            }));
        });
}
