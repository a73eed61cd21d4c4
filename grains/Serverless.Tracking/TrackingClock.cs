namespace Serverless.Tracking;

/// <summary>
/// The product's notion of "now". A wrapper rather than a bare <see cref="TimeProvider"/> registration so that
/// tests and the development clock override move the product's time without moving Orleans' own timers.
/// </summary>
public sealed class TrackingClock(TimeProvider time)
{
    /// <summary>The current instant.</summary>
    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Today's calendar date in Vietnam.</summary>
    public DateOnly Today => VietnamTime.DateOf(Now);
}
