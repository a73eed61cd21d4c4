namespace Serverless.Functions.Http;

/// <summary>An RFC 7807 problem detail; <see cref="Errors"/> maps each field at fault to its messages.</summary>
public sealed record ProblemBody(
    string Type,
    string Title,
    int Status,
    string? Detail,
    IReadOnlyDictionary<string, string[]>? Errors = null);
