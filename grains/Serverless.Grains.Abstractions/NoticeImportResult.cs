namespace Serverless.Grains;

/// <summary>Outcome of importing a notice.</summary>
/// <param name="Outcome">Created, already imported (same content) or refused (same id, other content).</param>
/// <param name="TaskIds">Ids of the notice's tasks.</param>
[GenerateSerializer, Immutable]
public sealed record NoticeImportResult(
    [property: Id(0)] NoticeImportOutcome Outcome,
    [property: Id(1)] IReadOnlyList<string> TaskIds);

/// <summary>How an import ended.</summary>
public enum NoticeImportOutcome
{
    /// <summary>The notice and its tasks were created.</summary>
    Created = 0,
    /// <summary>The same notice was already imported; nothing changed.</summary>
    AlreadyImported = 1,
    /// <summary>Another notice with this id and different content exists; nothing changed.</summary>
    ConflictingContent = 2,
}
