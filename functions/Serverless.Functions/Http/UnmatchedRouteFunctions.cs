using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Serverless.Functions.Http;

/// <summary>
/// What no other function answers: 405 with <c>Allow</c> for a known route asked with another method, 404 for a
/// route that does not exist, both as problem details. A function of its own, so the Function App and LocalHost
/// answer alike: a route's method constraint that fails lets routing go on to this catch-all, which both hosts try
/// last (ASP.NET Core routing by precedence; the Functions host, which orders routes by function name, by its name).
/// </summary>
public static class UnmatchedRouteFunctions
{
    /// <summary>The catch-all route.</summary>
    public const string Route = "{*path}";

    private static readonly RouteTable Routes = new(typeof(UnmatchedRouteFunctions).Assembly);

    /// <summary>Answers 405 or 404. Needs no token: it reveals only which routes exist, as the README does.</summary>
    [Function("ZzUnmatchedRoute")]
    public static IActionResult Answer(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", "put", "patch", "delete", Route = Route)] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        // Below the route prefix ("api/" in host.json): the first segment of the path.
        var path = request.Path.Value ?? "";
        var relative = path.TrimStart('/');
        relative = relative.Contains('/', StringComparison.Ordinal) ? relative[(relative.IndexOf('/', StringComparison.Ordinal) + 1)..] : "";
        var allowed = Routes.MethodsFor(relative);
        // The same answer as every other "no such endpoint" (LocalHost's fallback outside api/, the development
        // sign-in outside Development), so an endpoint that is switched off cannot be told from one that never existed.
        if (allowed.Count == 0) return ApiResults.NotFound("Không có điểm cuối này.");

        request.HttpContext.Response.Headers.Allow = string.Join(", ", allowed);
        return ApiResults.Problem(405, "Phương thức không được hỗ trợ",
            $"{request.Method} không được hỗ trợ trên '{path}'; các phương thức được hỗ trợ: {string.Join(", ", allowed)}.");
    }
}
