using System.Diagnostics;
using System.Net.Sockets;

namespace Serverless.Testing;

/// <summary>
/// Real Table Storage for tests: the connection string in AZURITE_TABLE_CONNECTION_STRING when set, otherwise an
/// in-memory Azurite started from node_modules on a free port. It never skips: if Azurite cannot start, tests fail
/// with the reason.
/// </summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly Process? process;

    private AzuriteServer(string connectionString, Process? process)
    {
        ConnectionString = connectionString;
        this.process = process;
    }

    /// <summary>Connection string for Azure.Data.Tables.</summary>
    public string ConnectionString { get; }

    /// <summary>Starts (or attaches to) Azurite.</summary>
    public static async Task<AzuriteServer> StartAsync()
    {
        if (Environment.GetEnvironmentVariable("AZURITE_TABLE_CONNECTION_STRING") is { Length: > 0 } configured)
            return new AzuriteServer(configured, null);

        var script = RepoPaths.Combine("node_modules", "azurite", "dist", "src", "table", "main.js");
        if (!File.Exists(script))
            throw new InvalidOperationException($"Azurite is not installed ({script} is missing): run 'npm ci' in {RepoPaths.Root}.");

        var port = FreePort.Next();
        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { script, "--inMemoryPersistence", "--silent", "--disableTelemetry", "--skipApiVersionCheck",
                "--tableHost", "127.0.0.1", "--tablePort", port.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException($"Azurite exited with code {process.ExitCode} before listening.");
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port).ConfigureAwait(false);
                break;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100).ConfigureAwait(false);
            }
        }

        return new AzuriteServer(
            $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;",
            process);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (process is null) return;
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync().ConfigureAwait(false);
        process.Dispose();
    }
}
