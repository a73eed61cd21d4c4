namespace Serverless.Grains.Storage;

/// <summary>One page of a listing and the opaque token for the next one (null on the last page).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? ContinuationToken);
