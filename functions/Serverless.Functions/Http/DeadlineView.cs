using Serverless.Grains;

namespace Serverless.Functions.Http;

/// <summary>A deadline as GET /api/tasks/{id} shows it (its notification log is in the task's history).</summary>
public sealed record DeadlineView(
    string DeadlineId, DateOnly DueDate, IReadOnlyList<string> StagesSent, DateTimeOffset? NextCheckAt, bool Stopped,
    IReadOnlyList<DateOnly> PreviousDueDates, string? PolicyVersion, IReadOnlyList<DeadlineRevision> Revisions)
{
    /// <summary>Maps a deadline snapshot.</summary>
    public static DeadlineView From(DeadlineSnapshot d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new DeadlineView(d.DeadlineId, d.DueDate, d.StagesSent, d.NextCheckAt, d.Stopped, d.PreviousDueDates ?? [], d.PolicyVersion,
            d.Revisions ?? [new DeadlineRevision(0, d.DueDate, d.StagesSent, [])]);
    }
}
