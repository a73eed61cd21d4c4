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
/// The Azure path: Production environment, tokens from an Entra ID tenant. The tenant's OpenID metadata (issuer and
/// signing keys) is the one stand-in, since this machine cannot reach Entra; everything else is the real code.
/// </summary>
public sealed class EntraTokenTests : IAsyncLifetime
{
    private const string Issuer = "https://login.microsoftonline.com/00000000-0000-0000-0000-0000000000aa/v2.0";
    private const string Audience = "api://directive-tracking";
    private readonly RsaSecurityKey tenantKey = new(RSA.Create(2048)) { KeyId = "tenant-key" };
    private readonly LocalHostFixture host;

    public EntraTokenTests()
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

    private string EntraToken(string role, string? agency = null, string issuer = Issuer, string audience = Audience)
    {
        var claims = new Dictionary<string, object> { ["roles"] = new[] { role }, ["oid"] = $"user-{role}", ["sub"] = "pairwise" };
        if (agency is not null) claims["agency"] = agency;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(tenantKey, SecurityAlgorithms.RsaSha256),
        });
    }

    [Fact]
    public async Task A_tenant_token_with_an_app_role_is_accepted_and_its_object_id_is_recorded()
    {
        var office = host.Client(EntraToken("office"));
        var id = SampleNotices.NewId();

        var imported = await office.PostJsonAsync("/api/notices", SampleNotices.Valid(id));
        var task = await host.Client(EntraToken("leader")).GetAsync($"/api/tasks/{id}.2.1");

        Assert.Equal(HttpStatusCode.Created, imported.Status);
        Assert.Equal("user-office", (string?)task.Body!["history"]![0]!["actor"]!["subject"]);
    }

    [Fact]
    public async Task A_tenant_agency_token_reaches_only_its_own_inbox()
    {
        var agency = host.Client(EntraToken("agency", "SXD"));

        Assert.Equal(HttpStatusCode.OK, (await agency.GetAsync("/api/agencies/SXD/notifications")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await agency.GetAsync("/api/agencies/STC/notifications")).Status);
    }

    [Fact]
    public async Task Outside_development_a_token_from_the_local_development_key_is_refused()
    {
        var response = await host.Client(host.Token("leader")).GetAsync("/api/tasks");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
    }

    [Fact]
    public async Task A_token_from_another_tenant_or_for_another_audience_is_refused()
    {
        var otherTenant = EntraToken("leader", issuer: "https://login.microsoftonline.com/11111111-0000-0000-0000-000000000000/v2.0");
        var otherAudience = EntraToken("leader", audience: "api://another-app");

        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client(otherTenant).GetAsync("/api/tasks")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client(otherAudience).GetAsync("/api/tasks")).Status);
    }
}
