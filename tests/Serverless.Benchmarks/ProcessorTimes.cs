using System.Diagnostics;
using System.Globalization;
using Serverless.Testing;

namespace Serverless.Benchmarks;

/// <summary>
/// CPU time used by this process (LocalHost: the functions, Orleans, the storage SDK) and by Azurite over one phase.
/// On this 2-core machine both share the cores, so a phase's rate is bounded by their sum; in Azure the storage runs
/// elsewhere, and this process's CPU per item is what bounds one instance.
/// </summary>
public sealed class ProcessorTimes
{
    private readonly AzuriteServer azurite;
    private readonly TimeSpan ownStart;
    private readonly TimeSpan? azuriteStart;

    private ProcessorTimes(AzuriteServer azurite)
    {
        this.azurite = azurite;
        ownStart = Process.GetCurrentProcess().TotalProcessorTime;
        azuriteStart = azurite.ProcessorTime;
    }

    /// <summary>Starts counting from now.</summary>
    public static ProcessorTimes Start(AzuriteServer azurite)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        return new ProcessorTimes(azurite);
    }

    /// <summary>The CPU time each side used since <see cref="Start"/>.</summary>
    public Used Stop() => new(Process.GetCurrentProcess().TotalProcessorTime - ownStart, azurite.ProcessorTime - azuriteStart);

    /// <summary>CPU time of this process and of Azurite (null when Azurite was started elsewhere).</summary>
    public readonly record struct Used(TimeSpan Own, TimeSpan? Azurite)
    {
        /// <summary>"this process 12.3 s (1.2 ms per deadline, 0.9 cores; 830 deadlines/s per core), Azurite ...".</summary>
        public string Describe(TimeSpan elapsed, long items, string item)
        {
            var perItem = Own.TotalMilliseconds / Math.Max(1, items);
            var text = string.Create(CultureInfo.InvariantCulture,
                $"this process {Own.TotalSeconds:F1} s ({perItem:F2} ms per {item}, {Own / elapsed:F2} cores; {1000 / perItem:F0} {item}s/s per core of its own)");
            return Azurite is { } azurite
                ? text + string.Create(CultureInfo.InvariantCulture,
                    $", Azurite {azurite.TotalSeconds:F1} s ({azurite.TotalMilliseconds / Math.Max(1, items):F2} ms per {item}, {azurite / elapsed:F2} cores)")
                : text;
        }
    }
}
