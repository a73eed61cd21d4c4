namespace Serverless.Functions.Hosting;

/// <summary>Tuning of the deadline sweep.</summary>
public sealed class SweepOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Sweep";

    /// <summary>
    /// How many deadline checks run at once. Many: a check mostly waits for storage, and the checks in flight
    /// together are what fills the shared transactions (100 rows per partition) of the outbox and the due index.
    /// </summary>
    public int MaxParallelism { get; set; } = 256;
}
