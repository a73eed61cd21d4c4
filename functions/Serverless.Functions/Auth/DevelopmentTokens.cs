using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Serverless.Functions.Auth;

/// <summary>Mints development tokens with the local key (LocalHost's "token" command and the tests).</summary>
public static class DevelopmentTokens
{
    /// <summary>A signed token for a role (and agency), valid for <paramref name="lifetime"/> from <paramref name="now"/>.</summary>
    public static string Mint(SecurityKey key, string audience, string role, string? agency, string subject, DateTimeOffset now, TimeSpan lifetime) =>
        Mint(key, audience, [role], agency, subject, now, lifetime);

    /// <summary>A signed token carrying several roles (tests of the mixed-role rule).</summary>
    public static string Mint(SecurityKey key, string audience, IReadOnlyList<string> roles, string? agency, string subject, DateTimeOffset now, TimeSpan lifetime)
    {
        var claims = new Dictionary<string, object> { ["roles"] = roles.ToArray() };
        if (agency is not null) claims["agency"] = agency;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = AuthOptions.DevelopmentIssuer,
            Audience = audience,
            Subject = new ClaimsIdentity([new Claim("sub", subject), new Claim("name", subject)]),
            Claims = claims,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + lifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }
}
