namespace Serverless.Tracking.Calendar;

/// <summary>The shape of holidays.json: each year's officially announced days off and swapped working days.</summary>
public sealed class HolidayFile
{
    /// <summary>The covered years, keyed by the Gregorian year ("2025").</summary>
    public Dictionary<string, HolidayFileYear>? Years { get; set; }
}
