using Microsoft.Playwright;

namespace Serverless.WebApp.Tests;

/// <summary>
/// Debian's chromium driven by Playwright's driver (shipped in the NuGet package). Playwright's own browser download
/// cannot work offline, so it is pointed at the system executable; test.sh installs chromium when it is missing.
/// </summary>
public static class Browser
{
    /// <summary>The system Chromium.</summary>
    public const string Executable = "/usr/bin/chromium";

    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    /// <summary>A laptop screen of the provinces' offices.</summary>
    public static readonly ViewportSize Desktop = new() { Width = 1366, Height = 768 };

    /// <summary>A phone's width.</summary>
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    /// <summary>Starts Playwright and the browser; fails with the reason when chromium is not installed.</summary>
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(Executable))
            throw new InvalidOperationException($"{Executable} is missing: install Debian's chromium (apt-get install chromium); test.sh does this.");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Executable,
            Headless = true,
            Args = Flags,
            Timeout = 60_000,
        });
        return (playwright, browser);
    }
}
