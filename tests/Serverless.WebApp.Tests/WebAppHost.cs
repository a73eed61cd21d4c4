using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.AspNetCore.Builder;
using Serverless.Functions.Sweeping;
using Serverless.LocalHost;
using Serverless.Testing;

namespace Serverless.WebApp.Tests;

/// <summary>The product as the browser reaches it: LocalHost on a free port, a real Azurite, a fake product clock.</summary>
public sealed class WebAppHost : IAsyncDisposable
{
    private readonly AzuriteServer azurite;
    private readonly WebApplication app;

    private WebAppHost(AzuriteServer azurite, WebApplication app, string baseUrl, FakeTimeProvider time, string keyFile)
    {
        this.azurite = azurite;
        this.app = app;
        BaseUrl = baseUrl;
        Time = time;
        KeyFile = keyFile;
    }

    /// <summary>http://127.0.0.1:port</summary>
    public string BaseUrl { get; }

    /// <summary>The product's clock.</summary>
    public FakeTimeProvider Time { get; }

    /// <summary>The development signing key file this host accepts.</summary>
    public string KeyFile { get; }

    /// <summary>Starts a host; <paramref name="customize"/> sets the environment and settings.</summary>
    public static async Task<WebAppHost> StartAsync(DateTimeOffset now, Action<LocalHostSettings>? customize = null)
    {
        var azurite = await AzuriteServer.StartAsync();
        var keyFile = Path.Combine(Path.GetTempPath(), $"serverless-webapp-key-{Guid.NewGuid():N}.pem");
        var time = new FakeTimeProvider(now);
        var settings = new LocalHostSettings { Urls = $"http://127.0.0.1:{FreePort.Next()}", Time = time, RunTimers = false };
        settings.Configuration["Storage:ConnectionString"] = azurite.ConnectionString;
        settings.Configuration["Orleans:ClusterId"] = $"webapp-{Guid.NewGuid():N}";
        settings.Configuration["Orleans:SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture);
        settings.Configuration["Orleans:GatewayPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture);
        settings.Configuration["Auth:DevelopmentKeyFile"] = keyFile;
        customize?.Invoke(settings);
        var app = LocalHostApp.Build(settings);
        await app.StartAsync();
        return new WebAppHost(azurite, app, settings.Urls, time, keyFile);
    }

    /// <summary>Moves the product's clock to a Vietnamese wall-clock time.</summary>
    public void SetVietnamTime(int year, int month, int day, int hour = 9) =>
        Time.SetUtcNow(new DateTimeOffset(year, month, day, hour, 0, 0, TimeSpan.FromHours(7)));

    /// <summary>Runs one deadline sweep, as the timer does.</summary>
    public Task<SweepResult> SweepAsync() => app.Services.GetRequiredService<DeadlineSweeper>().SweepAsync(CancellationToken.None);

    /// <summary>Runs one dispatch of the outbox, as the timer does (in process when Service Bus is not configured).</summary>
    public Task<Serverless.Functions.Dispatch.DispatchResult> DispatchAsync() =>
        app.Services.GetRequiredService<Serverless.Functions.Dispatch.OutboxDispatcher>().DispatchAsync(CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        await azurite.DisposeAsync();
        File.Delete(KeyFile);
    }
}
