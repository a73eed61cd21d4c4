namespace Serverless.Grains.Grains;

/// <summary>Persisted state of a deadline grain.</summary>
[GenerateSerializer]
public sealed class DeadlineState
{
    [Id(0)] public DeadlineDefinition? Definition { get; set; }
    /// <summary>Index of the last ladder stage handled (sent or skipped) in the current revision; -1 before the first.</summary>
    [Id(1)] public int LastHandledStage { get; set; } = -1;
    [Id(2)] public List<string> StagesSent { get; set; } = [];
    [Id(3)] public List<string> StagesSkipped { get; set; } = [];
    [Id(4)] public DateTimeOffset? NextCheckAt { get; set; }
    [Id(5)] public bool Stopped { get; set; }
    /// <summary>0 at creation; +1 per approved extension. Part of notification ids after the first.</summary>
    [Id(6)] public int Revision { get; set; }
    [Id(7)] public List<DateOnly> PreviousDueDates { get; set; } = [];
    /// <summary>What each check did (stage sent, stages skipped), shown in the task's history.</summary>
    [Id(8)] public List<HistoryEntry> Log { get; set; } = [];
}
