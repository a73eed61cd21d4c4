using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Serverless.Functions.WebApp;

/// <summary>
/// The old read-only leaders' page lived at api/dashboard; the web app's overview replaced it. Bookmarks and links
/// in earlier notes still open something useful: the overview, after sign-in.
/// </summary>
public static class DashboardRedirectFunctions
{
    /// <summary>302 to the web app's overview (api/app/#/overview), under the same route prefix as this request.</summary>
    [Function("Dashboard")]
    public static IActionResult Get([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = (request.PathBase + request.Path).Value!.TrimEnd('/');
        var apiBase = path[..path.LastIndexOf('/')];
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return new RedirectResult($"{apiBase}/app/#/overview", permanent: false);
    }
}
