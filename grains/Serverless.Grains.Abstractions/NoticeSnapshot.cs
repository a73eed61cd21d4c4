namespace Serverless.Grains;

/// <summary>A stored notice with the ids of its tasks.</summary>
[GenerateSerializer, Immutable]
public sealed record NoticeSnapshot(
    [property: Id(0)] NoticeDefinition Definition,
    [property: Id(1)] IReadOnlyList<string> TaskIds,
    [property: Id(2)] DateTimeOffset ImportedAt);
