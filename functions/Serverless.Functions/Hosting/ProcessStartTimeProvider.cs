using System.Diagnostics;

namespace Serverless.Functions.Hosting;

/// <summary>
/// The real clock, with timestamps counted from when this provider was created instead of from the machine's boot.
/// Orleans' silo watchdog (10.4) starts its platform thread before it sets the component check's timestamp; when that
/// thread runs first (a busy machine, every start here), it measures from timestamp 0 and warns of a "deadlock"
/// lasting the machine's uptime. Counting from the process's start keeps that unset timestamp harmless, and every
/// elapsed time Orleans measures between two real timestamps stays exactly the same.
/// </summary>
public sealed class ProcessStartTimeProvider : TimeProvider
{
    private readonly long origin = Stopwatch.GetTimestamp();

    /// <inheritdoc />
    public override long GetTimestamp() => Stopwatch.GetTimestamp() - origin;

    /// <inheritdoc />
    public override long TimestampFrequency => Stopwatch.Frequency;
}
