using System.Diagnostics;

namespace Serverless.Infra.Tests;

/// <summary>Runs the Bicep CLI restored from NuGet. Any diagnostic it prints counts as a failure.</summary>
internal sealed class BicepCli(string path)
{
    /// <summary>The CLI of the version the project file pins, made executable if NuGet dropped the bit.</summary>
    public static BicepCli FromNuGetPackage()
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("The tests run the linux-x64 Bicep CLI package; run them on Linux (as CI does).");
        }

        var path = BuildMetadata.BicepCli;
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The Bicep CLI is not at {path}. Run 'dotnet restore tests/Serverless.Infra.Tests' (it downloads Azure.Bicep.CommandLine.linux-x64).",
                path);
        }

        var mode = File.GetUnixFileMode(path);
        if (!mode.HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute);
        }

        return new BicepCli(path);
    }

    /// <summary>Runs the CLI in <paramref name="workingDirectory"/>; throws with its output unless it succeeds silently.</summary>
    public void Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(path)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {path}.");
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', arguments)} did not finish in 3 minutes.");
        }

        var output = (standardOutput.Result + standardError.Result).Trim();
        if (process.ExitCode != 0 || output.Length > 0)
        {
            throw new InvalidOperationException(
                $"bicep {string.Join(' ', arguments)} exited with {process.ExitCode} and printed:{Environment.NewLine}{output}");
        }
    }
}
