namespace Serverless.LocalHost;

/// <summary>
/// Development clock override: starts at a chosen instant and then runs at real speed, so a person can put the
/// product in the past or future and watch the ladder move.
/// </summary>
public sealed class OffsetTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly TimeSpan offset = start - TimeProvider.System.GetUtcNow();

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => TimeProvider.System.GetUtcNow() + offset;
}
