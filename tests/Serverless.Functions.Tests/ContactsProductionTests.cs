using System.Net;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using Xunit;

namespace Serverless.Functions.Tests;

/// <summary>
/// Webhook targets outside Development: https only, and never loopback, private, link-local or internal names.
/// Production host with a tenant's metadata as the only stand-in (as in EntraTokenTests).
/// </summary>
public sealed class ContactsProductionTests : IAsyncLifetime
{
    private const string Issuer = "https://login.microsoftonline.com/00000000-0000-0000-0000-0000000000bb/v2.0";
    private const string Audience = "api://directive-tracking";
    private const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private readonly RsaSecurityKey tenantKey = new(RSA.Create(2048)) { KeyId = "tenant-key" };
    private readonly LocalHostFixture host;

    public ContactsProductionTests()
    {
        var metadata = new OpenIdConnectConfiguration { Issuer = Issuer };
        metadata.SigningKeys.Add(tenantKey);
        host = new LocalHostFixture
        {
            EnvironmentName = "Production",
            Customize = settings =>
            {
                settings.Configuration["Auth:Authority"] = Issuer;
                settings.Configuration["Auth:Audience"] = Audience;
                settings.ConfigureServices = services =>
                    services.AddSingleton<IConfigurationManager<OpenIdConnectConfiguration>>(new StaticConfigurationManager<OpenIdConnectConfiguration>(metadata));
            },
        };
    }

    public Task InitializeAsync() => host.InitializeAsync();

    public Task DisposeAsync() => host.DisposeAsync();

    private ApiClient Office() => host.Client(new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = Audience,
        Claims = new Dictionary<string, object> { ["roles"] = new[] { "office" }, ["oid"] = "user-office" },
        Expires = DateTime.UtcNow.AddHours(1),
        SigningCredentials = new SigningCredentials(tenantKey, SecurityAlgorithms.RsaSha256),
    }));

    [Theory]
    [InlineData("http://vanban.sxd.gov.vn/hook")]
    [InlineData("https://127.0.0.1/hook")]
    [InlineData("https://10.1.2.3/hook")]
    [InlineData("https://192.168.1.10/hook")]
    [InlineData("https://172.20.0.1/hook")]
    [InlineData("https://169.254.169.254/metadata")]
    [InlineData("https://[::1]/hook")]
    [InlineData("https://[fd00::1]/hook")]
    [InlineData("https://localhost/hook")]
    [InlineData("https://vanban.internal/hook")]
    public async Task A_webhook_that_is_not_https_or_points_inside_a_private_network_is_refused_naming_the_url_and_nothing_is_stored(string url)
    {
        using var office = Office();

        var response = await office.PutJsonAsync("/api/agencies/SXD/contacts", new { contacts = Array.Empty<object>(), webhook = new { url, secret = Secret } });
        var after = await office.GetAsync("/api/agencies/SXD/contacts");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["webhook.url"], response.ProblemFields);
        Assert.Null(after.Body!["webhook"]);
        Assert.Empty(after.Body["changes"]!.AsArray());
    }

    [Fact]
    public async Task A_public_https_webhook_is_accepted()
    {
        using var office = Office();

        var response = await office.PutJsonAsync("/api/agencies/STC/contacts", new { contacts = Array.Empty<object>(), webhook = new { url = "https://vanban.stc.gov.vn/api/nhac-viec", secret = Secret } });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("https://vanban.stc.gov.vn/api/nhac-viec", (string?)response.Body!["webhook"]!["url"]);
    }
}
