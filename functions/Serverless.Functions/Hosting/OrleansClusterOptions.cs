using System.ComponentModel.DataAnnotations;

namespace Serverless.Functions.Hosting;

/// <summary>Identity of the Orleans cluster this process joins.</summary>
public sealed class OrleansClusterOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Orleans";

    /// <summary>Silos with the same cluster id form one cluster (setting Orleans__ClusterId).</summary>
    [Required(ErrorMessage = "Setting " + AppSettingNames.OrleansClusterId + " is required.")]
    public string ClusterId { get; set; } = "";

    /// <summary>Keys grain state; never change it once data exists (setting Orleans__ServiceId).</summary>
    [Required(ErrorMessage = "Setting " + AppSettingNames.OrleansServiceId + " is required.")]
    public string ServiceId { get; set; } = "";

    /// <summary>Silo-to-silo port when the platform does not assign one.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>Gateway port when the platform does not assign one.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>
    /// How long a grain stays in memory without a call (setting Orleans__CollectionAge). A task or deadline grain is
    /// called a few times a month, so keeping it longer buys little, while a province's years of tasks would fill the
    /// instance: 2 minutes instead of Orleans' 15. Orleans collects a grain at most the age plus two of its one-minute
    /// quanta after its last call, so an instance idle for 4 minutes holds no task grains, and the idle trim
    /// (<see cref="IdleMemoryTrimmer"/>) then gives their memory back, before the fifth minute. (At 3 minutes the
    /// scale benchmark found 4,237 of 8,163 activations still there after 5 idle minutes.) Its cost is one state read
    /// when the grain is called again.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "Setting Orleans__CollectionAge must be between 00:01:00 and 1.00:00:00.")]
    public TimeSpan CollectionAge { get; set; } = TimeSpan.FromMinutes(2);
}
