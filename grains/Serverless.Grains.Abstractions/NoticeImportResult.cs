namespace Serverless.Grains;

/// <summary>Outcome of importing a notice.</summary>
/// <param name="Outcome">Created, already imported (same content) or refused (same id, other content).</param>
/// <param name="TaskIds">Ids of the notice's tasks.</param>
[GenerateSerializer, Immutable]
public sealed record NoticeImportResult(
    [property: Id(0)] NoticeImportOutcome Outcome,
    [property: Id(1)] IReadOnlyList<string> TaskIds);
