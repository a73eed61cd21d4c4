using System.Net;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Serverless.Functions.Auth;
using Xunit;

namespace Serverless.Functions.Tests;

[Collection(LocalHostGroup.Name)]
public sealed class TokenValidationTests(LocalHostFixture fixture)
{
    private async Task AssertUnauthorizedAsync(string? token)
    {
        var response = await fixture.Client(token).GetAsync("/api/tasks");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("application/problem+json", response.MediaType);
        Assert.DoesNotContain(token ?? "\u0000", response.Body!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public Task A_request_without_a_token_is_refused() => AssertUnauthorizedAsync(null);

    [Fact]
    public Task A_token_signed_by_another_key_is_refused()
    {
        var otherKey = DevelopmentSigningKey.LoadOrCreate(Path.Combine(Path.GetTempPath(), $"other-{Guid.NewGuid():N}.pem"));
        return AssertUnauthorizedAsync(DevelopmentTokens.Mint(otherKey, AuthOptions.DevelopmentAudience, "leader", null, "x", DateTimeOffset.UtcNow, TimeSpan.FromHours(1)));
    }

    [Fact]
    public Task An_unsigned_alg_none_token_is_refused()
    {
        static string Part(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var token = $"{Part("{\"alg\":\"none\",\"typ\":\"JWT\"}")}.{Part($"{{\"iss\":\"{AuthOptions.DevelopmentIssuer}\",\"aud\":\"{AuthOptions.DevelopmentAudience}\",\"sub\":\"x\",\"roles\":[\"leader\"],\"nbf\":{now},\"exp\":{now + 3600}}}")}.";
        return AssertUnauthorizedAsync(token);
    }

    [Fact]
    public Task An_expired_token_is_refused() =>
        AssertUnauthorizedAsync(fixture.Token("leader", issuedAt: DateTimeOffset.UtcNow.AddHours(-3), lifetime: TimeSpan.FromHours(1)));

    [Fact]
    public Task A_token_not_yet_valid_is_refused() =>
        AssertUnauthorizedAsync(fixture.Token("leader", issuedAt: DateTimeOffset.UtcNow.AddHours(1)));

    [Fact]
    public Task A_token_for_another_audience_is_refused()
    {
        var key = DevelopmentSigningKey.LoadOrCreate(fixture.KeyFile);
        return AssertUnauthorizedAsync(DevelopmentTokens.Mint(key, "api://someone-else", "leader", null, "x", DateTimeOffset.UtcNow, TimeSpan.FromHours(1)));
    }

    [Fact]
    public Task A_token_from_another_issuer_is_refused()
    {
        var key = DevelopmentSigningKey.LoadOrCreate(fixture.KeyFile);
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "https://evil.example/",
            Audience = AuthOptions.DevelopmentAudience,
            Claims = new Dictionary<string, object> { ["roles"] = new[] { "leader" }, ["sub"] = "x" },
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
        return AssertUnauthorizedAsync(token);
    }

    [Fact]
    public Task A_token_for_an_unknown_agency_is_refused() => AssertUnauthorizedAsync(fixture.Token("agency", "SO-MA"));

    [Fact]
    public Task An_agency_token_without_an_agency_is_refused() => AssertUnauthorizedAsync(fixture.Token("agency"));

    [Fact]
    public Task A_token_without_a_known_role_is_refused() => AssertUnauthorizedAsync(fixture.Token("admin"));
}
