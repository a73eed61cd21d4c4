namespace Serverless.Tracking;

/// <summary>A ladder stage placed in time for one due date.</summary>
/// <param name="Index">Position in the (infinite, when repeating) ladder.</param>
/// <param name="Name">Stage name, unique within the deadline.</param>
/// <param name="DayOffset">Days from the due date.</param>
/// <param name="Level">Recipient level.</param>
/// <param name="At">When the stage becomes current.</param>
/// <param name="IncludeCoordinating">Also remind the coordinating agencies.</param>
public sealed record ScheduledStage(int Index, string Name, int DayOffset, int Level, DateTimeOffset At, bool IncludeCoordinating);
