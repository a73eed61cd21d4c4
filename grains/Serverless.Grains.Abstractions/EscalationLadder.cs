namespace Serverless.Grains;

/// <summary>The reminder and escalation steps for a deadline; frozen into the deadline when its task is created.</summary>
/// <param name="Stages">Steps in increasing day-offset order.</param>
/// <param name="RepeatEveryDays">After the last stage, repeat at its level every this many calendar days (0: no repeat).</param>
/// <param name="SendAtLocalHour">Hour of the day, Vietnam time, at which a stage becomes due.</param>
/// <param name="PolicyVersion">The policy this ladder came from, shown with the task.</param>
[GenerateSerializer, Immutable]
public sealed record EscalationLadder(
    [property: Id(0)] IReadOnlyList<LadderStage> Stages,
    [property: Id(1)] int RepeatEveryDays,
    [property: Id(2)] int SendAtLocalHour,
    [property: Id(3)] string PolicyVersion = "default");
