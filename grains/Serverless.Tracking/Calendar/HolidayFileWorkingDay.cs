namespace Serverless.Tracking.Calendar;

/// <summary>A weekend day worked ("làm bù") in holidays.json.</summary>
public sealed class HolidayFileWorkingDay
{
    /// <summary>The date, yyyy-MM-dd; a Saturday or Sunday.</summary>
    public string? Date { get; set; }

    /// <summary>Which weekday off it pays back.</summary>
    public string? Reason { get; set; }
}
