namespace Serverless.Grains;

/// <summary>Result of a command on a task: either the new snapshot or the reason it was refused.</summary>
/// <param name="Task">The task after the command (also set when refused, unchanged).</param>
/// <param name="RefusalReason">Vietnamese reason when the command was refused; null when applied.</param>
/// <param name="RefusalField">The request field the refusal is about (for example "agency"), when there is one.</param>
[GenerateSerializer, Immutable]
public sealed record TaskCommandResult(
    [property: Id(0)] TaskSnapshot? Task,
    [property: Id(1)] string? RefusalReason,
    [property: Id(2)] string? RefusalField = null)
{
    /// <summary>True when the command changed the task.</summary>
    public bool Applied => RefusalReason is null;
}
