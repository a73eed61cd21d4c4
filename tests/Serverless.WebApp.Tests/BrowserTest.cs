using Microsoft.Playwright;
using Xunit;

namespace Serverless.WebApp.Tests;

/// <summary>
/// What a browser test class needs around each test: the product on its own host (the class says how it starts),
/// direct API calls to it with development tokens, and Debian's chromium driven by Playwright; all stopped after.
/// </summary>
public abstract class BrowserTest : IAsyncLifetime
{
    private IPlaywright? playwright;

    /// <summary>The product under test.</summary>
    protected WebAppHost Host { get; private set; } = null!;

    /// <summary>Direct HTTP calls to <see cref="Host"/>.</summary>
    protected ApiCalls Api { get; private set; } = null!;

    /// <summary>The browser; each test opens its own tabs (<see cref="AppPages.OpenAsync"/>).</summary>
    protected IBrowser Chromium { get; private set; } = null!;

    /// <summary>Starts the product with the clock and settings the test class needs.</summary>
    protected abstract Task<WebAppHost> StartHostAsync();

    /// <summary>Stops what the class started besides the host (after the host is stopped).</summary>
    protected virtual ValueTask StopOthersAsync() => ValueTask.CompletedTask;

    public async Task InitializeAsync()
    {
        Host = await StartHostAsync();
        Api = new ApiCalls(Host);
        (playwright, Chromium) = await Browser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        Api?.Dispose();
        if (Chromium is not null) await Chromium.DisposeAsync();
        playwright?.Dispose();
        if (Host is not null) await Host.DisposeAsync();
        await StopOthersAsync();
    }
}
