using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Serverless.Functions.Auth;
using Serverless.Functions.Http;

namespace Serverless.Functions.WebApp;

/// <summary>
/// Serves the web app from the Function App itself: the page at api/app/ (never cached, its sign-in settings filled
/// in) and its files at api/app/v/{version}/... (cached for a year: the version changes with any file). The page
/// holds no data; everything it shows comes from the authorised API.
/// </summary>
public sealed class WebAppFunctions(IHostEnvironment environment, IOptions<AuthOptions> auth, IOptions<WebAppOptions> options)
{
    private static readonly WebAssets Assets = WebAssets.Embedded;

    /// <summary>The page, or one of its files.</summary>
    [Function("WebApp")]
    public IActionResult Get([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "app/{*path}")] HttpRequest request, string? path)
    {
        ArgumentNullException.ThrowIfNull(request);
        var headers = request.HttpContext.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        if (string.IsNullOrEmpty(path) || path == "index.html") return Page(request, headers);

        var prefix = $"v/{Assets.Version}/";
        if (!path.StartsWith(prefix, StringComparison.Ordinal) || Assets.Find(path[prefix.Length..]) is not { } bytes)
            return ApiResults.NotFound("Không có tệp này.");
        headers.CacheControl = "public, max-age=31536000, immutable";
        return new FileContentResult(bytes, WebAssets.ContentType(path));
    }

    private ContentResult Page(HttpRequest request, IHeaderDictionary headers)
    {
        var appBase = (request.PathBase + request.Path).Value!.TrimEnd('/');
        if (appBase.EndsWith("/index.html", StringComparison.Ordinal)) appBase = appBase[..^"/index.html".Length];
        var apiBase = appBase[..appBase.LastIndexOf('/')];
        var entra = EntraSettings();
        var config = JsonSerializer.Serialize(new
        {
            apiBase,
            development = environment.IsDevelopment(),
            entra,
        }, ApiJson.Options);

        var identityOrigin = entra is null ? null : new Uri(entra.Authority).GetLeftPart(UriPartial.Authority);
        // Only this origin, plus the tenant's sign-in origin for MSAL's token calls: no inline script, no CDN.
        headers.ContentSecurityPolicy = string.Join("; ",
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self'",
            $"connect-src 'self'{(identityOrigin is null ? "" : " " + identityOrigin)}",
            $"frame-src {identityOrigin ?? "'none'"}",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");
        headers.CacheControl = "no-cache";

        var html = Encoding.UTF8.GetString(Assets.Find("index.html")!)
            .Replace("{{assets}}", $"{appBase}/v/{Assets.Version}", StringComparison.Ordinal)
            .Replace("{{config}}", WebUtility.HtmlEncode(config), StringComparison.Ordinal);
        return new ContentResult { StatusCode = 200, ContentType = "text/html; charset=utf-8", Content = html };
    }

    private EntraSettings? EntraSettings()
    {
        var authority = auth.Value.Authority;
        var clientId = options.Value.ClientId;
        if (authority is null || string.IsNullOrWhiteSpace(clientId)) return null;
        // MSAL wants the tenant authority without the token version suffix the API validates against.
        var text = authority.ToString().TrimEnd('/');
        if (text.EndsWith("/v2.0", StringComparison.OrdinalIgnoreCase)) text = text[..^"/v2.0".Length];
        var scope = options.Value.Scope ?? $"{auth.Value.Audience}/.default";
        return new EntraSettings(clientId, text, [scope]);
    }
}
