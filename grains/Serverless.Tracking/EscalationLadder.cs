namespace Serverless.Tracking;

/// <summary>The reminder and escalation steps for a deadline; frozen into the deadline when its task is created.</summary>
/// <param name="Stages">Steps in increasing day-offset order.</param>
/// <param name="RepeatEveryDays">After the last stage, repeat at its level every this many calendar days (0: no repeat).</param>
/// <param name="SendAtLocalHour">Hour of the day, Vietnam time, at which a stage becomes due.</param>
/// <param name="PolicyVersion">The policy this ladder came from, shown with the task.</param>
public sealed record EscalationLadder(
    IReadOnlyList<LadderStage> Stages,
    int RepeatEveryDays,
    int SendAtLocalHour,
    string PolicyVersion = "default");
