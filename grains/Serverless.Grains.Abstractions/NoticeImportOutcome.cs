namespace Serverless.Grains;

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
