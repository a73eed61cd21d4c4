using Serverless.Tracking;
namespace Serverless.Grains.Grains;

/// <summary>Persisted state of a task grain.</summary>
[GenerateSerializer]
public sealed class DirectiveTaskState
{
    [Id(0)] public TaskDefinition? Definition { get; set; }
    [Id(1)] public DirectiveTaskStatus Status { get; set; }
    [Id(2)] public DateTimeOffset CreatedAt { get; set; }
    [Id(3)] public DateOnly? CompletedOn { get; set; }
    [Id(4)] public List<ProgressReport> Reports { get; set; } = [];
    [Id(5)] public List<HistoryEntry> History { get; set; } = [];
    [Id(6)] public List<string> DeadlineIds { get; set; } = [];
    /// <summary>Recent client request ids already applied (bounded), so retries are applied once.</summary>
    [Id(7)] public List<string> AppliedRequestIds { get; set; } = [];
    /// <summary>Current due date of each deadline (same order as <see cref="DeadlineIds"/>); moves with extensions.</summary>
    [Id(8)] public List<DateOnly> DueDates { get; set; } = [];
    [Id(9)] public List<ExtensionRequest> Extensions { get; set; } = [];
    [Id(10)] public List<string> AcknowledgedNotifications { get; set; } = [];
    /// <summary>Explanation requests ("giải trình"), oldest first; at most one open.</summary>
    [Id(11)] public List<ExplanationState> Explanations { get; set; } = [];
    /// <summary>Urgings ("đôn đốc"), oldest first.</summary>
    [Id(12)] public List<Urging> Urgings { get; set; } = [];
    /// <summary>The quiet-progress watch; null until the task is first in progress with a due date.</summary>
    [Id(13)] public QuietWatchState? QuietWatch { get; set; }
}
