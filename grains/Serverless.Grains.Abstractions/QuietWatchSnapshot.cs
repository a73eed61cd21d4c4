namespace Serverless.Grains;

/// <summary>The quiet-progress watch of a task: when it last heard from the lead agency and what it sent since.</summary>
/// <param name="QuietSince">The day of the lead agency's last progress report (or the day the task started).</param>
/// <param name="QuietOn">The day the task counts as quiet if no report comes first.</param>
/// <param name="StagesSent">Stages sent since <paramref name="QuietSince"/>, as "{yyyyMMdd}.{stage}".</param>
/// <param name="NextCheckAt">When the sweep next looks at it; null once the task ended or the ladder is done.</param>
/// <param name="PolicyVersion">The follow-up policy frozen into the watch.</param>
[GenerateSerializer, Immutable]
public sealed record QuietWatchSnapshot(
    [property: Id(0)] DateOnly QuietSince,
    [property: Id(1)] DateOnly QuietOn,
    [property: Id(2)] IReadOnlyList<string> StagesSent,
    [property: Id(3)] DateTimeOffset? NextCheckAt,
    [property: Id(4)] string PolicyVersion);
