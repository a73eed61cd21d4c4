using System.Globalization;
using System.Net;
using Microsoft.Extensions.Configuration;

namespace Serverless.Functions.Hosting;

/// <summary>Where this silo listens and what it is called.</summary>
/// <param name="Address">The address other silos reach it on.</param>
/// <param name="SiloPort">Silo-to-silo port.</param>
/// <param name="GatewayPort">Client gateway port.</param>
/// <param name="SiloName">Name shown in the membership table.</param>
public sealed record SiloEndpoint(IPAddress Address, int SiloPort, int GatewayPort, string SiloName)
{
    /// <summary>
    /// On App Service with regional VNet integration and vnetPrivatePortsCount 2, the platform gives each instance
    /// a private IP and two private ports (the documented way to run Orleans there). Elsewhere: loopback and the
    /// configured ports.
    /// </summary>
    public static SiloEndpoint Resolve(IConfiguration configuration, OrleansClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        var privateIp = configuration["WEBSITE_PRIVATE_IP"];
        var privatePorts = configuration["WEBSITE_PRIVATE_PORTS"]?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var instance = configuration["WEBSITE_INSTANCE_ID"];
        var name = string.IsNullOrEmpty(instance) ? $"{Environment.MachineName}-{Environment.ProcessId}" : instance;

        if (!string.IsNullOrEmpty(privateIp) && privatePorts is { Length: >= 2 })
            return new SiloEndpoint(IPAddress.Parse(privateIp),
                int.Parse(privatePorts[0], CultureInfo.InvariantCulture),
                int.Parse(privatePorts[1], CultureInfo.InvariantCulture), name);

        return new SiloEndpoint(IPAddress.Loopback, options.SiloPort, options.GatewayPort, name);
    }
}
