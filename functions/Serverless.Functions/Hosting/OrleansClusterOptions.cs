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
}
