namespace Serverless.Grains;

/// <summary>One step of an escalation ladder, relative to a deadline's due date.</summary>
/// <param name="Name">Stable stage name; part of the notification id, so never rename a stage in use.</param>
/// <param name="DayOffset">Days from the due date: negative before, 0 on the day, positive when overdue.</param>
/// <param name="Level">0 = reminder to the lead agency; 1 = escalation to the lead agency;
/// 2 = to the supervising office; 3 = to leadership.</param>
[GenerateSerializer, Immutable]
public sealed record LadderStage(
    [property: Id(0)] string Name,
    [property: Id(1)] int DayOffset,
    [property: Id(2)] int Level);
