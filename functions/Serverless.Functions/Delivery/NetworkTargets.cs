using System.Net;
using System.Net.Sockets;

namespace Serverless.Functions.Delivery;

/// <summary>
/// Which network addresses a webhook may reach outside Development: public ones only. Loopback, private,
/// link-local (cloud metadata at 169.254.169.254), carrier-grade NAT, unique-local, multicast and unspecified
/// addresses would let an agency's setting reach into the platform's own network.
/// </summary>
public static class NetworkTargets
{
    /// <summary>True for an address a webhook must not reach outside Development.</summary>
    public static bool IsInternal(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)) return true;
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast;

        var b = address.GetAddressBytes();
        return b[0] switch
        {
            0 or 10 or 127 => true,
            100 => b[1] is >= 64 and <= 127,
            169 => b[1] == 254,
            172 => b[1] is >= 16 and <= 31,
            192 => b[1] == 168 || (b[1] == 0 && b[2] == 0),
            >= 224 => true,
            _ => false,
        };
    }

    /// <summary>True for a host name that names this machine or a private network by convention.</summary>
    public static bool IsInternalName(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var name = host.TrimEnd('.').ToUpperInvariant();
        return name is "LOCALHOST" || name.EndsWith(".LOCALHOST", StringComparison.Ordinal) ||
            name.EndsWith(".LOCAL", StringComparison.Ordinal) || name.EndsWith(".INTERNAL", StringComparison.Ordinal) ||
            !name.Contains('.', StringComparison.Ordinal);
    }
}
