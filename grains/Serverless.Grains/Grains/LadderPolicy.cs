namespace Serverless.Grains.Grains;

/// <summary>Supplies the ladder in force now; a task freezes it into its deadlines when it is created.</summary>
public sealed class LadderPolicy(EscalationLadder current)
{
    /// <summary>The ladder new tasks get.</summary>
    public EscalationLadder Current { get; } = current;
}
