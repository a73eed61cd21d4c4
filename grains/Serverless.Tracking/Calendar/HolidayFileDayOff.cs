namespace Serverless.Tracking.Calendar;

/// <summary>An announced day off in holidays.json.</summary>
public sealed class HolidayFileDayOff
{
    /// <summary>The date, yyyy-MM-dd.</summary>
    public string? Date { get; set; }

    /// <summary>The Vietnamese name of the holiday the day belongs to, shown to users.</summary>
    public string? Name { get; set; }

    /// <summary>Optional: why the day is off when it is not the holiday itself (nghỉ bù, hoán đổi).</summary>
    public string? Note { get; set; }
}
