namespace Serverless.Tracking;

/// <summary>Deadlines are calendar dates in Vietnam; this converts between instants and those dates.</summary>
public static class VietnamTime
{
    /// <summary>Asia/Ho_Chi_Minh (UTC+7, no daylight saving since 1975).</summary>
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    /// <summary>The calendar date in Vietnam at an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>The instant of a local wall-clock time on a Vietnamese calendar date.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }
}
