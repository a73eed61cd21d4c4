using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Serverless.Functions.Auth;
using Serverless.Grains.Storage;
using Serverless.Tracking;

namespace Serverless.Functions.Http;

/// <summary>The overdue count over time: for each of the last weeks (Monday to Sunday, Vietnam time), how many tasks were overdue at its end.</summary>
public sealed class OverdueByWeekFunctions(ApiGate gate, TaskIndex taskIndex, AgencyDirectory agencies, TrackingClock clock)
{
    /// <summary>Weeks answered when ?weeks= is not given.</summary>
    public const int DefaultWeeks = 12;

    /// <summary>The most weeks one call answers (a year).</summary>
    public const int MaxWeeks = 52;

    /// <summary>
    /// ?weeks= (1-52, default 12) and ?agency=: oldest week first, each with its Monday, its Sunday, the day counted
    /// (the Sunday, or today for the week in progress) and the tasks overdue at that day's end, from the lead agencies'
    /// counters (never from every task). Leaders and the office see every agency or one; an agency sees its own.
    /// </summary>
    [Function("GetOverdueByWeek")]
    public Task<IActionResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "statistics/overdue-by-week")] HttpRequest request, CancellationToken cancellationToken) =>
        gate.RunAsync(request, [Roles.Leader, Roles.Office, Roles.Agency], async caller =>
        {
            var weeks = DefaultWeeks;
            if (request.Query["weeks"].ToString() is { Length: > 0 } text
                && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out weeks) || weeks is < 1 or > MaxWeeks))
                return ApiResults.Invalid("weeks", $"Số tuần phải là số nguyên từ 1 đến {MaxWeeks}.");
            string? agency = request.Query["agency"];
            if (agency is not null && !agencies.Contains(agency)) return ApiResults.Invalid("agency", $"Mã cơ quan không tồn tại: {agency}.");
            if (!caller.ReadsEverything)
            {
                if (agency is not null && agency != caller.Agency) return ApiResults.NotFound($"Không có thống kê của cơ quan '{agency}'.");
                agency = caller.Agency;
            }

            var today = clock.Today;
            var thisSunday = today.AddDays((7 - (int)today.DayOfWeek) % 7);
            var ends = Enumerable.Range(0, weeks).Select(i => thisSunday.AddDays(-7 * (weeks - 1 - i))).ToList();
            var counted = ends.Select(end => end < today ? end : today).ToList();

            // One query over the counters' copies (one agency's partition, or all of them).
            var overdue = await taskIndex.CountOverdueAsync(agency, counted, cancellationToken);
            return ApiResults.Json(new
            {
                asOf = today,
                agency,
                weeks = ends.Select((end, i) => new
                {
                    from = end.AddDays(-6),
                    to = end,
                    countedOn = counted[i],
                    overdue = overdue[i],
                }).ToList(),
            });
        });
}
