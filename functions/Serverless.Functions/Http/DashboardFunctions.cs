using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Serverless.Functions.Http;

/// <summary>
/// The leaders' dashboard: one static Vietnamese page that asks for a token and reads the API with it. The page
/// itself holds no data, so it needs no token; every number on it comes from the authorised endpoints.
/// </summary>
public static class DashboardFunctions
{
    private static readonly Lazy<string> Page = new(() =>
    {
        using var stream = typeof(DashboardFunctions).Assembly.GetManifestResourceStream("Serverless.Functions.Dashboard.dashboard.html")
            ?? throw new InvalidOperationException("dashboard.html is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>Serves the dashboard page.</summary>
    [Function("Dashboard")]
    public static IActionResult Get([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var headers = request.HttpContext.Response.Headers;
        // The page runs only its own inline script and talks only to this API.
        headers.ContentSecurityPolicy = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; form-action 'none'; frame-ancestors 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "no-store";
        return new ContentResult { StatusCode = 200, ContentType = "text/html; charset=utf-8", Content = Page.Value };
    }
}
