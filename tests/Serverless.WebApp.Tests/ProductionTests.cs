using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Playwright;
using Xunit;

namespace Serverless.WebApp.Tests;

/// <summary>The Azure path: Production environment with Entra ID settings; the tenant's metadata is the one stand-in.</summary>
public sealed class ProductionTests : IAsyncLifetime
{
    private const string Authority = "https://login.microsoftonline.com/00000000-0000-0000-0000-0000000000aa/v2.0";
    private WebAppHost host = null!;

    public async Task InitializeAsync()
    {
        var metadata = new OpenIdConnectConfiguration { Issuer = Authority };
        metadata.SigningKeys.Add(new RsaSecurityKey(RSA.Create(2048)) { KeyId = "tenant" });
        host = await WebAppHost.StartAsync(DateTimeOffset.UtcNow, settings =>
        {
            settings.EnvironmentName = "Production";
            settings.Configuration["Auth:Authority"] = Authority;
            settings.Configuration["Auth:Audience"] = "api://directive-tracking";
            settings.Configuration["WebApp:ClientId"] = "11111111-2222-3333-4444-555555555555";
            settings.ConfigureServices = services =>
                services.AddSingleton<IConfigurationManager<OpenIdConnectConfiguration>>(new StaticConfigurationManager<OpenIdConnectConfiguration>(metadata));
        });
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_development_sign_in_does_not_exist_outside_development()
    {
        using var http = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        using var choices = await http.GetAsync(new Uri("/api/dev/token", UriKind.Relative));
        using var token = await http.PostAsJsonAsync("/api/dev/token", new { role = "leader" });
        using var unknown = await http.GetAsync(new Uri("/api/no-such-endpoint", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, choices.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, token.StatusCode);
        Assert.Equal(await unknown.Content.ReadAsStringAsync(), await token.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_page_offers_entra_sign_in_and_allows_only_the_tenant_sign_in_origin_besides_its_own()
    {
        using var http = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        using var response = await http.GetAsync(new Uri("/api/app/", UriKind.Relative));
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("connect-src 'self' https://login.microsoftonline.com;", csp, StringComparison.Ordinal);

        var (playwright, browser) = await Browser.LaunchAsync();
        try
        {
            var (page, errors) = await AppPages.OpenAsync(browser);
            var outside = new List<string>();
            await page.RouteAsync("https://login.microsoftonline.com/**", route =>
            {
                outside.Add(route.Request.Url);
                return route.AbortAsync();
            });
            await page.GotoAsync($"{host.BaseUrl}/api/app/");

            await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập bằng Microsoft Entra ID" }).WaitForAsync();
            Assert.Equal(0, await page.GetByLabel("Vai trò").CountAsync());
            Assert.Empty(outside);
            Assert.Empty(errors);
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }
}
