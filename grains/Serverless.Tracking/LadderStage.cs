namespace Serverless.Tracking;

/// <summary>One step of an escalation ladder, relative to a deadline's due date.</summary>
/// <param name="Name">Stable stage name; part of the notification id, so never rename a stage in use.</param>
/// <param name="DayOffset">Days from the due date: negative before, 0 on the day, positive when overdue.</param>
/// <param name="Level">0 = reminder to the lead agency; 1 = escalation to the lead agency;
/// 2 = to the supervising office; 3 = to leadership.</param>
/// <param name="Unit">Whether <paramref name="DayOffset"/> counts calendar or working days.</param>
/// <param name="IncludeCoordinating">Also remind the coordinating agencies (reminders only; escalations never go to them).</param>
public sealed record LadderStage(
    string Name,
    int DayOffset,
    int Level,
    DayUnit Unit = DayUnit.CalendarDays,
    bool IncludeCoordinating = false);
