using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Serverless.Functions.Hosting;
using Serverless.Tracking;

namespace Serverless.Functions.Http;

/// <summary>Liveness and readiness for operators and load balancers.</summary>
public sealed class HealthFunctions(TrackingClock clock, ReadinessProbe readiness)
{
    /// <summary>Liveness: answers 200 with the product's current time when the process is up, whatever storage does.</summary>
    [Function("Health")]
    public IActionResult Get([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request) =>
        ApiResults.Json(new { status = "ok", now = clock.Now, today = clock.Today });

    /// <summary>
    /// Readiness: 200 when Table Storage answers and the silo is active; otherwise 503 with Retry-After, naming what
    /// is missing, so a load balancer sends traffic elsewhere until it holds again.
    /// </summary>
    [Function("HealthReady")]
    public async Task<IActionResult> GetReadyAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health/ready")] HttpRequest request, CancellationToken cancellationToken)
    {
        var state = await readiness.CheckAsync(cancellationToken).ConfigureAwait(false);
        if (state.Ready)
            return ApiResults.Json(new { status = "ready", storage = "ok", silo = state.SiloStatus });

        var missing = new List<string>();
        if (!state.StorageReachable) missing.Add("kho dữ liệu (Table Storage) không truy cập được");
        if (!state.SiloActive) missing.Add($"silo Orleans chưa hoạt động (trạng thái {state.SiloStatus})");
        return ApiResults.Unavailable($"Phiên bản này chưa sẵn sàng: {string.Join("; ", missing)}.");
    }
}
