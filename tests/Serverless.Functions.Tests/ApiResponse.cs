using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Serverless.Functions.Tests;

/// <summary>Status, media type and JSON body of a response.</summary>
public sealed record ApiResponse(HttpStatusCode Status, string? MediaType, JsonNode? Body)
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>The field names a problem detail blames.</summary>
    public IReadOnlyCollection<string> ProblemFields =>
        Body?["errors"]?.AsObject().Select(p => p.Key).ToList() ?? [];
}
