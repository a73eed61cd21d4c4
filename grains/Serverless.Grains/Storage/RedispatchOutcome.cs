namespace Serverless.Grains.Storage;

/// <summary>What asking for a failed notification to be delivered again did.</summary>
public enum RedispatchOutcome
{
    /// <summary>The row is pending again; the next dispatch run delivers it.</summary>
    Redispatched,

    /// <summary>No such notification for that recipient.</summary>
    NotFound,

    /// <summary>The notification exists but is not failed (pending or sent).</summary>
    NotFailed,
}
