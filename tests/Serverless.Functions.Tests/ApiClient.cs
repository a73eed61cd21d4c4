using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Serverless.Functions.Tests;

/// <summary>A thin HTTP client for the API that keeps status, content type and parsed body together.</summary>
public sealed class ApiClient(HttpClient http, string? token = null) : IDisposable
{
    public HttpClient Http => http;

    public Task<ApiResponse> GetAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Get, path));

    public Task<ApiResponse> PostJsonAsync(string path, object body) =>
        PostRawAsync(path, JsonSerializer.Serialize(body, ApiResponse.Json), "application/json");

    public Task<ApiResponse> PutJsonAsync(string path, object body) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Put, path)
        {
            Content = new StringContent(JsonSerializer.Serialize(body, ApiResponse.Json), Encoding.UTF8, "application/json"),
        });

    public Task<ApiResponse> PostRawAsync(string path, string body, string contentType = "application/json") =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, contentType) });

    public Task<ApiResponse> PostBytesAsync(string path, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = content });
    }

    public async Task<ApiResponse> SendAsync(HttpRequestMessage request)
    {
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using (request)
        using (var response = await http.SendAsync(request))
        {
            var text = await response.Content.ReadAsStringAsync();
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            var isJson = mediaType is not null && mediaType.EndsWith("json", StringComparison.Ordinal);
            return new ApiResponse(response.StatusCode, mediaType, string.IsNullOrEmpty(text) || !isJson ? null : JsonNode.Parse(text),
                response.Headers.RetryAfter?.Delta?.TotalSeconds);
        }
    }

    /// <summary>A download: status, media type, file name and the raw bytes.</summary>
    public async Task<Download> DownloadAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        return new Download(response.StatusCode, response.Content.Headers.ContentType?.MediaType,
            response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), await response.Content.ReadAsByteArrayAsync());
    }

    public void Dispose() => http.Dispose();
}
