namespace Serverless.Tracking;

/// <summary>How a ladder offset counts days.</summary>
public enum DayUnit
{
    /// <summary>Calendar days.</summary>
    CalendarDays = 0,
    /// <summary>Working days of Vietnamese public servants (weekends, public holidays and swapped days honoured).</summary>
    WorkingDays = 1,
}
