using Serverless.Tracking;

namespace Serverless.Grains.Grains;

/// <summary>Persisted state of a task's quiet-progress watch, kept inside the task's state.</summary>
[GenerateSerializer]
public sealed class QuietWatchState
{
    /// <summary>The follow-up policy's quiet-progress ladder when the watch was armed (frozen).</summary>
    [Id(0)] public EscalationLadder? Ladder { get; set; }
    [Id(1)] public Recipients? Recipients { get; set; }
    /// <summary>Working days of silence after which the task is quiet (frozen with the ladder).</summary>
    [Id(2)] public int QuietAfterWorkingDays { get; set; }
    /// <summary>The day of the lead agency's last report, or the day the task started.</summary>
    [Id(3)] public DateOnly QuietSince { get; set; }
    /// <summary>Index of the last ladder stage handled since <see cref="QuietSince"/>; -1 before the first.</summary>
    [Id(4)] public int LastHandledStage { get; set; } = -1;
    /// <summary>Stages sent, as "{yyyyMMdd of QuietSince}.{stage}", across quiet periods.</summary>
    [Id(5)] public List<string> StagesSent { get; set; } = [];
    [Id(6)] public List<string> StagesSkipped { get; set; } = [];
    [Id(7)] public DateTimeOffset? NextCheckAt { get; set; }
    /// <summary>True once the task ended: nothing more is sent.</summary>
    [Id(8)] public bool Stopped { get; set; }
}
