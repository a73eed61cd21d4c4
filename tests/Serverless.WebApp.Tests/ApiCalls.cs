using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Serverless.Functions.Auth;

namespace Serverless.WebApp.Tests;

/// <summary>Direct HTTP calls to a test host, with development tokens signed by its key.</summary>
public sealed class ApiCalls(WebAppHost host) : IDisposable
{
    private readonly HttpClient http = new() { BaseAddress = new Uri(host.BaseUrl) };

    /// <summary>The HTTP client (no token).</summary>
    public HttpClient Http => http;

    /// <summary>A development token for a role, signed with the host's key.</summary>
    public string Token(string role, string? agency = null, TimeSpan? lifetime = null, DateTimeOffset? issuedAt = null) =>
        DevelopmentTokens.Mint(DevelopmentSigningKey.LoadOrCreate(host.KeyFile), AuthOptions.DevelopmentAudience, role, agency,
            $"test-{role}", issuedAt ?? DateTimeOffset.UtcNow, lifetime ?? TimeSpan.FromHours(1));

    /// <summary>GET with a role's token; the JSON body.</summary>
    public async Task<JsonNode> GetJsonAsync(string path, string role, string? agency = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token(role, agency));
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    /// <summary>Sends a request with a role's token (or none).</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content, string? role, string? agency = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (role is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token(role, agency));
        return await http.SendAsync(request);
    }

    public void Dispose() => http.Dispose();
}
