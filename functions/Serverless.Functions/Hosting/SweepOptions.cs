namespace Serverless.Functions.Hosting;

/// <summary>Tuning of the deadline sweep.</summary>
public sealed class SweepOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Sweep";

    /// <summary>How many deadline checks run at once.</summary>
    public int MaxParallelism { get; set; } = 32;
}
