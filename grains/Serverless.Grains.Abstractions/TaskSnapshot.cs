using Serverless.Tracking;
namespace Serverless.Grains;

/// <summary>A task with everything a caller may see of it.</summary>
[GenerateSerializer, Immutable]
public sealed record TaskSnapshot(
    [property: Id(0)] TaskDefinition Definition,
    [property: Id(1)] DirectiveTaskStatus Status,
    [property: Id(2)] DateTimeOffset CreatedAt,
    [property: Id(3)] DateOnly? CompletedOn,
    [property: Id(4)] IReadOnlyList<DeadlineSnapshot> Deadlines,
    [property: Id(5)] IReadOnlyList<ProgressReport> Reports,
    [property: Id(6)] IReadOnlyList<HistoryEntry> History,
    [property: Id(7)] IReadOnlyList<ExtensionRequest>? Extensions = null,
    [property: Id(8)] IReadOnlyList<ExplanationSnapshot>? Explanations = null,
    [property: Id(9)] IReadOnlyList<Urging>? Urgings = null,
    [property: Id(10)] QuietWatchSnapshot? QuietWatch = null);
