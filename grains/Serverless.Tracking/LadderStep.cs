namespace Serverless.Tracking;

/// <summary>What a check of a ladder should do at one moment.</summary>
/// <param name="Notify">The stage to send now, or null when nothing new is current.</param>
/// <param name="Skipped">Earlier stages passed over because <paramref name="Notify"/> is already current (after an outage).</param>
/// <param name="LastHandled">Index of the last stage handled once this step is recorded.</param>
/// <param name="Next">The stage to check for next, or null when the ladder has ended.</param>
public sealed record LadderStep(ScheduledStage? Notify, IReadOnlyList<ScheduledStage> Skipped, int LastHandled, ScheduledStage? Next);
