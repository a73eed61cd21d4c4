using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace Serverless.Testing;

/// <summary>
/// Real Table Storage for tests: the connection string in AZURITE_TABLE_CONNECTION_STRING when set, otherwise an
/// in-memory Azurite started from node_modules on a free port. It never skips: if Azurite cannot start, tests fail
/// with the reason. <see cref="StartStoppableAsync"/> starts one that keeps its data on disk, so a test can stop it
/// (a storage outage) and start it again with the same data on the same port. With AZURITE_CPU_PROFILE set to a
/// folder (benchmarks), Azurite runs under Node.js' sampling profiler and writes a .cpuprofile there when disposed.
/// </summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly int port;
    private readonly string? location;
    private Process? process;

    private AzuriteServer(string connectionString, int port, string? location, Process? process)
    {
        ConnectionString = connectionString;
        this.port = port;
        this.location = location;
        this.process = process;
    }

    /// <summary>Connection string for Azure.Data.Tables.</summary>
    public string ConnectionString { get; }

    /// <summary>
    /// The CPU time the Azurite process has used so far (benchmarks set it beside their own, to tell which side is the
    /// bound); null when attached to an Azurite started elsewhere.
    /// </summary>
    public TimeSpan? ProcessorTime => process is { HasExited: false } running ? running.TotalProcessorTime : null;

    /// <summary>Starts (or attaches to) Azurite.</summary>
    public static async Task<AzuriteServer> StartAsync()
    {
        if (Environment.GetEnvironmentVariable("AZURITE_TABLE_CONNECTION_STRING") is { Length: > 0 } configured)
            return new AzuriteServer(configured, 0, null, null);

        return await StartOnFreePortAsync(location: null).ConfigureAwait(false);
    }

    /// <summary>Starts an Azurite of the test's own (never a configured one) that keeps its data in a temporary folder.</summary>
    public static Task<AzuriteServer> StartStoppableAsync() =>
        StartOnFreePortAsync(Directory.CreateTempSubdirectory("serverless-azurite-").FullName);

    // Test projects run side by side, each drawing ports: another process may bind the port first. Then Azurite exits
    // ("address in use") or, worse, the other server answers in its place; either way try another port.
    private static async Task<AzuriteServer> StartOnFreePortAsync(string? location)
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort.Next();
            try
            {
                return new AzuriteServer(ConnectionStringFor(port), port, location, await LaunchAsync(port, location).ConfigureAwait(false));
            }
            catch (PortTakenException) when (attempt < 5)
            {
            }
        }
    }

    private static string? ProfileFolder => Environment.GetEnvironmentVariable("AZURITE_CPU_PROFILE") is { Length: > 0 } folder ? folder : null;

    /// <summary>Stops the server the way an operator does (SIGINT: it saves its data and closes); connections are refused until <see cref="StartAgainAsync"/>.</summary>
    public Task StopAsync()
    {
        if (location is null) throw new InvalidOperationException("Only an Azurite started with StartStoppableAsync can be stopped and started again.");
        return InterruptAsync(TimeSpan.FromSeconds(15));
    }

    private async Task InterruptAsync(TimeSpan patience)
    {
        if (process is null) return;
        using (var interrupt = Process.Start("kill", ["-INT", process.Id.ToString(CultureInfo.InvariantCulture)]))
            await interrupt.WaitForExitAsync().ConfigureAwait(false);
        using var timeout = new CancellationTokenSource(patience);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Closed its listener but kept running (open handles): its data is saved once the listener closed.
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync().ConfigureAwait(false);
        }
        process.Dispose();
        process = null;
    }

    /// <summary>Starts a stopped server again, on the same port with the same data.</summary>
    public async Task StartAgainAsync()
    {
        if (location is null) throw new InvalidOperationException("Only an Azurite started with StartStoppableAsync can be stopped and started again.");
        if (process is not null) return;
        process = await LaunchAsync(port, location).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        // Node.js writes its profile only when it exits by itself: a profiled server is interrupted, not killed, and
        // given time to write a profile of a long run.
        if (process is not null && ProfileFolder is not null) await InterruptAsync(TimeSpan.FromMinutes(2)).ConfigureAwait(false);
        if (process is not null)
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync().ConfigureAwait(false);
            process.Dispose();
            process = null;
        }
        if (location is not null && Directory.Exists(location)) Directory.Delete(location, recursive: true);
    }

    private static string ConnectionStringFor(int port) =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";

    private static async Task<Process> LaunchAsync(int port, string? location)
    {
        var script = RepoPaths.Combine("node_modules", "azurite", "dist", "src", "table", "main.js");
        if (!File.Exists(script))
            throw new InvalidOperationException($"Azurite is not installed ({script} is missing): run 'npm ci' in {RepoPaths.Root}.");

        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (ProfileFolder is { } profiles)
        {
            // Node options come before the script (NODE_OPTIONS may not carry --cpu-prof).
            Directory.CreateDirectory(profiles);
            foreach (var option in new[] { "--cpu-prof", "--cpu-prof-dir", profiles }) start.ArgumentList.Add(option);
        }
        foreach (var argument in new[] { script, "--silent", "--disableTelemetry", "--skipApiVersionCheck",
            "--tableHost", "127.0.0.1", "--tablePort", port.ToString(CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(argument);
        if (location is null)
        {
            start.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            start.ArgumentList.Add("--location");
            start.ArgumentList.Add(location);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var errors = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) errors.Enqueue(line); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (process.HasExited)
            {
                var said = string.Join(" ", errors);
                if (said.Contains("EADDRINUSE", StringComparison.Ordinal)) throw new PortTakenException(port);
                throw new InvalidOperationException($"Azurite exited with code {process.ExitCode} before listening: {said}");
            }
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port).ConfigureAwait(false);
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100).ConfigureAwait(false);
                continue;
            }
            if (await IsAzuriteAsync(port).ConfigureAwait(false)) return process;
            // Something else listens there (another test process's server took the port first).
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync().ConfigureAwait(false);
            process.Dispose();
            throw new PortTakenException(port);
        }
    }

    // Azurite names itself in the Server header of every answer, an error included.
    private static async Task<bool> IsAzuriteAsync(int port)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/devstoreaccount1/Tables")).ConfigureAwait(false);
            return response.Headers.Server.ToString().Contains("Azurite", StringComparison.Ordinal);
        }
        catch (HttpRequestException)
        {
            return false; // not an HTTP server at all
        }
    }

    /// <summary>Another process listens on the port Azurite was to use.</summary>
    private sealed class PortTakenException(int port) : Exception($"Port {port} was taken by another process before Azurite listened on it.");
}
