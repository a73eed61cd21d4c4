namespace Serverless.Grains.Grains;

/// <summary>Persisted state of a notice grain.</summary>
[GenerateSerializer]
public sealed class NoticeState
{
    [Id(0)] public NoticeDefinition? Definition { get; set; }
    [Id(1)] public List<string> TaskIds { get; set; } = [];
    [Id(2)] public DateTimeOffset ImportedAt { get; set; }

    /// <summary>SHA-256 of the imported definition as sent; null in states written before it was kept.</summary>
    [Id(3)] public string? ContentHash { get; set; }
}
