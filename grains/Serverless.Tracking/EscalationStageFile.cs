namespace Serverless.Tracking;

/// <summary>One stage of escalation-policy.json.</summary>
public sealed class EscalationStageFile
{
    /// <summary>Stable name (a-z, 0-9, '-'); part of notification ids.</summary>
    public string? Name { get; set; }

    /// <summary>Days from the due date: negative before, 0 on the day, positive after.</summary>
    public int? Offset { get; set; }

    /// <summary>"calendarDays" (default) or "workingDays".</summary>
    public string? Unit { get; set; }

    /// <summary>0 reminder; 1 lead agency; 2 supervising office; 3 leadership.</summary>
    public int? Level { get; set; }

    /// <summary>Reminders only: also remind the coordinating agencies.</summary>
    public bool IncludeCoordinating { get; set; }
}
