namespace Serverless.Grains.Domain;

/// <summary>
/// Moves dates by working days for ladders counted in working days. Wraps the Vietnamese working-day calendar so
/// that grains depend on one small service.
/// </summary>
public sealed class WorkingDays(Func<DateOnly, int, DateOnly> add)
{
    /// <summary>Weekends only: the fallback when no holiday calendar is registered.</summary>
    public static WorkingDays WeekendsOnly { get; } = new(AddSkippingWeekends);

    /// <summary>The date <paramref name="days"/> working days after (negative: before) <paramref name="date"/>.</summary>
    public DateOnly Add(DateOnly date, int days) => add(date, days);

    private static DateOnly AddSkippingWeekends(DateOnly date, int days)
    {
        var step = Math.Sign(days);
        for (var left = Math.Abs(days); left > 0;)
        {
            date = date.AddDays(step);
            if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) left--;
        }
        return date;
    }
}
