using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Serverless.Functions.Tests;

/// <summary>Status, media type and JSON body of a response, and its Retry-After in seconds when it has one.</summary>
public sealed record ApiResponse(HttpStatusCode Status, string? MediaType, JsonNode? Body, double? RetryAfterSeconds = null)
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>The field names a problem detail blames.</summary>
    public IReadOnlyCollection<string> ProblemFields =>
        Body?["errors"]?.AsObject().Select(p => p.Key).ToList() ?? [];
}
