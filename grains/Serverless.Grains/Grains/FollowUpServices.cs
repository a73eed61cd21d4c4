using Serverless.Grains.Storage;
using Serverless.Tracking;
using Serverless.Tracking.FollowUp;

namespace Serverless.Grains.Grains;

/// <summary>What a task grain needs to follow up on itself: explanation requests, urgings and the quiet-progress watch.</summary>
/// <param name="Policy">The follow-up policy new requests and watches freeze.</param>
/// <param name="Ladders">The escalation policy, whose recipient rules urgings follow.</param>
/// <param name="DueIndex">Where checks wait for the sweep.</param>
/// <param name="Outbox">Where notifications wait for delivery.</param>
/// <param name="Board">The list of open explanation requests.</param>
/// <param name="WorkingDays">The working-day calendar.</param>
public sealed record FollowUpServices(
    FollowUpPolicy Policy,
    LadderPolicy Ladders,
    DueIndex DueIndex,
    NotificationOutbox Outbox,
    ExplanationBoard Board,
    WorkingDays WorkingDays);
