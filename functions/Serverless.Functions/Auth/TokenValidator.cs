using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using Serverless.Tracking;

namespace Serverless.Functions.Auth;

/// <summary>
/// Validates bearer tokens inside the functions' own code path, so Azure and LocalHost run the same checks:
/// Entra ID tokens (issuer, audience and keys from the tenant's OpenID metadata) and, in Development only, tokens
/// signed by the local development key. Signed RS256 only (no "alg: none"), lifetime required.
/// </summary>
public sealed partial class TokenValidator
{
    private readonly AuthOptions options;
    private readonly AgencyDirectory agencies;
    private readonly ILogger<TokenValidator> logger;
    private readonly SecurityKey? developmentKey;
    private readonly IConfigurationManager<OpenIdConnectConfiguration>? entraMetadata;
    private readonly JsonWebTokenHandler handler = new();

    /// <summary>Creates the validator; the development key is loaded only in Development.</summary>
    /// <param name="options">Authority, audience, development key file.</param>
    /// <param name="environment">Development accepts the local key.</param>
    /// <param name="agencies">Known agency codes.</param>
    /// <param name="logger">Logs rejections without the token.</param>
    /// <param name="entraMetadata">The tenant's OpenID metadata; by default fetched from the authority and cached.</param>
    public TokenValidator(IOptions<AuthOptions> options, IHostEnvironment environment, AgencyDirectory agencies, ILogger<TokenValidator> logger,
        IConfigurationManager<OpenIdConnectConfiguration>? entraMetadata = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        this.options = options.Value;
        this.agencies = agencies;
        this.logger = logger;
        if (environment.IsDevelopment())
            developmentKey = DevelopmentSigningKey.LoadOrCreate(this.options.DevelopmentKeyFile ?? DevelopmentSigningKey.DefaultPath());
        if (this.options.Authority is { } authority)
            this.entraMetadata = entraMetadata ?? new ConfigurationManager<OpenIdConnectConfiguration>(
                $"{authority.ToString().TrimEnd('/')}/.well-known/openid-configuration",
                new OpenIdConnectConfigurationRetriever(),
                new HttpDocumentRetriever { RequireHttps = true });
    }

    /// <summary>Authenticates the request's bearer token.</summary>
    public async Task<AuthResult> AuthenticateAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length <= 7)
            return new AuthResult(null, "Thiếu mã truy cập: gửi tiêu đề Authorization: Bearer <token>.");

        var parameters = await ParametersAsync(cancellationToken).ConfigureAwait(false);
        var result = await handler.ValidateTokenAsync(header[7..].Trim(), parameters).ConfigureAwait(false);
        if (!result.IsValid)
        {
            // The exception type says why (expired, bad signature, wrong audience...) without the token itself.
            LogRejected(logger, result.Exception?.GetType().Name ?? "unknown");
            return new AuthResult(null, "Mã truy cập không hợp lệ hoặc đã hết hạn.");
        }

        var token = (JsonWebToken)result.SecurityToken;
        var roles = token.Claims.Where(c => c.Type == "roles").Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var known = Roles.All.Where(roles.Contains).ToList();
        if (known.Count == 0) return new AuthResult(null, "Mã truy cập không có vai trò nào của hệ thống.");
        // No role is a subset of another (an agency reports, a leader cannot), so there is no "least privilege" to
        // fall back to: a token carrying several roles is refused rather than given the widest one.
        if (known.Count > 1)
            return new AuthResult(null, $"Mã truy cập mang nhiều vai trò ({string.Join(", ", known)}); mỗi mã chỉ được mang một vai trò của hệ thống.");
        var role = known[0];

        var subject = token.TryGetPayloadValue<string>("oid", out var oid) ? oid : token.Subject;
        if (role != Roles.Agency) return new AuthResult(new Caller(subject, role, null), null);

        var agency = token.TryGetPayloadValue<string>("agency", out var code) ? code : null;
        if (agency is null || !agencies.Contains(agency))
        {
            LogUnknownAgency(logger);
            return new AuthResult(null, "Mã truy cập của cơ quan không xác định.");
        }
        return new AuthResult(new Caller(subject, role, agency), null);
    }

    private async Task<TokenValidationParameters> ParametersAsync(CancellationToken cancellationToken)
    {
        var issuers = new List<string>();
        var keys = new List<SecurityKey>();
        var audiences = new List<string>();
        if (developmentKey is not null)
        {
            issuers.Add(AuthOptions.DevelopmentIssuer);
            keys.Add(developmentKey);
            audiences.Add(options.Audience ?? AuthOptions.DevelopmentAudience);
        }
        if (entraMetadata is not null)
        {
            var metadata = await entraMetadata.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
            issuers.Add(metadata.Issuer);
            keys.AddRange(metadata.SigningKeys);
            if (options.Audience is { } audience) audiences.Add(audience);
        }

        return new TokenValidationParameters
        {
            ValidIssuers = issuers,
            ValidAudiences = audiences,
            IssuerSigningKeys = keys,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ValidateIssuerSigningKey = true,
            ClockSkew = TimeSpan.FromMinutes(2),
        };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bearer token rejected: {Reason}")]
    private static partial void LogRejected(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bearer token rejected: agency role without a known agency code")]
    private static partial void LogUnknownAgency(ILogger logger);
}
