using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Serverless.Functions.Sweeping;
using Serverless.LocalHost;
using Serverless.Testing;
using Xunit;

namespace Serverless.Functions.Tests;

/// <summary>The product as a user reaches it: LocalHost in process on a free port, on a real Azurite, with a fake clock.</summary>
public sealed class LocalHostFixture : IAsyncLifetime
{
    private AzuriteServer? azurite;

    /// <summary>The product's clock; starts 20/7/2023 08:00 Vietnam time.</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2023, 7, 20, 1, 0, 0, TimeSpan.Zero));

    public WebApplication App { get; private set; } = null!;

    public ApiClient Api { get; private set; } = null!;

    public string ConnectionString => azurite!.ConnectionString;

    /// <summary>Runs one sweep the way the timer function does.</summary>
    public Task<SweepResult> SweepAsync() => App.Services.GetRequiredService<DeadlineSweeper>().SweepAsync(CancellationToken.None);

    /// <summary>Moves the clock to a Vietnamese wall-clock time.</summary>
    public void SetVietnamTime(int year, int month, int day, int hour = 9) =>
        Time.SetUtcNow(new DateTimeOffset(year, month, day, hour, 0, 0, TimeSpan.FromHours(7)));

    public async Task InitializeAsync()
    {
        azurite = await AzuriteServer.StartAsync();
        var url = $"http://127.0.0.1:{FreePort.Next()}";
        var settings = new LocalHostSettings { Urls = url, Time = Time, RunTimers = false };
        settings.Configuration["Storage:ConnectionString"] = azurite.ConnectionString;
        settings.Configuration["Orleans:ClusterId"] = $"test-{Guid.NewGuid():N}";
        settings.Configuration["Orleans:SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture);
        settings.Configuration["Orleans:GatewayPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture);
        App = LocalHostApp.Build(settings);
        await App.StartAsync();
        Api = new ApiClient(new HttpClient { BaseAddress = new Uri(url) });
    }

    public async Task DisposeAsync()
    {
        Api?.Dispose();
        if (App is not null)
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }
        if (azurite is not null) await azurite.DisposeAsync();
    }
}
