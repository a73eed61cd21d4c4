using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Serverless.Tracking;

namespace Serverless.Functions.Http;

/// <summary>Liveness for operators and load balancers.</summary>
public sealed class HealthFunctions(TrackingClock clock)
{
    /// <summary>Answers 200 with the product's current time when the process is up.</summary>
    [Function("Health")]
    public IActionResult Get([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request) =>
        ApiResults.Json(new { status = "ok", now = clock.Now, today = clock.Today });
}
