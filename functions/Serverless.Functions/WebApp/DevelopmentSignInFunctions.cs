using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Serverless.Functions.Auth;
using Serverless.Functions.Http;
using Serverless.Tracking;

namespace Serverless.Functions.WebApp;

/// <summary>
/// The web app's local sign-in: a development token for a chosen role (and agency), signed with the local key.
/// Outside the Development environment the endpoint does not exist: it answers 404 exactly like an unknown route.
/// </summary>
public sealed class DevelopmentSignInFunctions(IHostEnvironment environment, IOptions<AuthOptions> auth, AgencyDirectory agencies)
{
    /// <summary>How long a development sign-in lasts.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    /// <summary>What the sign-in page offers: the roles and the agencies of agencies.json (no token needed, Development only).</summary>
    [Function("DevelopmentSignInChoices")]
    public IActionResult Choices([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dev/token")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!environment.IsDevelopment()) return ApiResults.NotFound("Không có điểm cuối này.");
        return ApiResults.Json(new
        {
            roles = Roles.All,
            agencies = agencies.All.OrderBy(a => a.Name, StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false))
                .Select(a => new { code = a.Code, name = a.Name }).ToList(),
        });
    }

    /// <summary>Mints a development token: { role, agency? } in, { accessToken, expiresAt, role, agency, name } out.</summary>
    [Function("DevelopmentSignIn")]
    public async Task<IActionResult> SignInAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "dev/token")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!environment.IsDevelopment()) return ApiResults.NotFound("Không có điểm cuối này.");

        var body = await RequestBodyReader.ReadJsonAsync<DevelopmentSignInRequest>(request, cancellationToken, 4096).ConfigureAwait(false);
        if (body.Problem is not null) return body.Problem;
        var role = body.Value!.Role;
        if (role is null || !Roles.All.Contains(role))
            return ApiResults.Invalid("role", $"Vai trò phải là một trong: {string.Join(", ", Roles.All)}.");
        var agency = role == Roles.Agency ? body.Value.Agency : null;
        if (role == Roles.Agency && (agency is null || !agencies.Contains(agency)))
            return ApiResults.Invalid("agency", "Chọn một cơ quan có trong danh sách.");

        var name = agency is null ? $"dev-{role}" : $"dev-{agency.ToLowerInvariant()}";
        var key = DevelopmentSigningKey.LoadOrCreate(auth.Value.DevelopmentKeyFile ?? DevelopmentSigningKey.DefaultPath());
        // The validator checks lifetimes against the real clock, never against the product's (movable) clock.
        var now = DateTimeOffset.UtcNow;
        var token = DevelopmentTokens.Mint(key, auth.Value.Audience ?? AuthOptions.DevelopmentAudience, role, agency, name, now, Lifetime);
        return ApiResults.Json(new { accessToken = token, expiresAt = now + Lifetime, role, agency, name });
    }
}
