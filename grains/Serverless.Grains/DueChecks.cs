using Serverless.Tracking;

namespace Serverless.Grains;

/// <summary>
/// Routes a due-index entry to the grain that owns it: "{taskId}.d{n}" is a deadline grain; "{taskId}.gt{n}" (an
/// explanation request) and "{taskId}.quiet" (the quiet-progress watch) are kept by the task grain.
/// </summary>
public static class DueChecks
{
    /// <summary>Checks the entry's owner at <paramref name="now"/>.</summary>
    public static Task<DeadlineCheckResult> CheckAsync(this IGrainFactory grains, string dueId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return TrackingIds.TryParseTaskCheck(dueId, out var taskId, out var check)
            ? grains.GetGrain<IDirectiveTaskGrain>(taskId).CheckFollowUpAsync(check, now)
            : grains.GetGrain<IDeadlineGrain>(dueId).CheckAsync(now);
    }
}
