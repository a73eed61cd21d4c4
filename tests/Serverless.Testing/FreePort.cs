using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Serverless.Testing;

/// <summary>Free loopback TCP ports for servers started by tests.</summary>
/// <remarks>
/// Ports are drawn at random below Linux's ephemeral range (32768-60999). A port the OS handed out with
/// "bind to 0" lies inside that range, so the outgoing connection of any client (Azurite, Orleans, HttpClient)
/// could take it as its source port between our check and the server's bind: CI saw "address already in use"
/// that way. Below the range only other listeners compete, and this process never hands a port out twice.
/// </remarks>
public static class FreePort
{
    private const int Lowest = 20000;
    private const int HighestExclusive = 32000;
    private static readonly ConcurrentDictionary<int, bool> HandedOut = new();

    /// <summary>A port that was free a moment ago and that no other caller in this process was given.</summary>
    public static int Next()
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var port = Random.Shared.Next(Lowest, HighestExclusive);
            if (!HandedOut.TryAdd(port, true)) continue;
            if (IsFree(port)) return port;
        }
        throw new InvalidOperationException($"No free loopback port between {Lowest} and {HighestExclusive} after 200 tries.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
