namespace Serverless.Functions.Hosting;

/// <summary>Tuning of the deadline sweep.</summary>
public sealed class SweepOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Sweep";

    /// <summary>
    /// How many deadline checks run at once. Many: a check mostly waits for storage, and the checks in flight
    /// together are what fills the shared transactions (100 rows per partition) of the outbox and the due index
    /// (on Azurite, 2,000 due: 1.9 requests per deadline at 256, 1.5 at 1024). Not more: at 1024 a loaded Azurite
    /// let some requests wait past the 10 s network timeout (harmless, but a check failed and waited for the next
    /// sweep). Shared evenly by the stripes.
    /// </summary>
    public int MaxParallelism { get; set; } = 256;
}
