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

    /// <summary>The hosting environment (xunit wants one public constructor, so variants set this instead).</summary>
    public string EnvironmentName { get; init; } = "Development";

    /// <summary>Storage of the fixture's own that a test may stop and start again (an outage), instead of a shared in-memory one.</summary>
    public bool StoppableStorage { get; init; }

    /// <summary>The fixture's Azurite.</summary>
    public AzuriteServer Azurite => azurite ?? throw new InvalidOperationException("The fixture is not started.");

    /// <summary>Last changes to the host's settings before it starts.</summary>
    public Action<LocalHostSettings>? Customize { get; init; }

    /// <summary>The product's clock; starts 20/7/2023 08:00 Vietnam time.</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2023, 7, 20, 1, 0, 0, TimeSpan.Zero));

    public WebApplication App { get; private set; } = null!;

    private Microsoft.IdentityModel.Tokens.SecurityKey signingKey = null!;
    private string baseUrl = "";

    /// <summary>The development signing key the host accepts (a fresh one per fixture).</summary>
    public string KeyFile { get; } = Path.Combine(Path.GetTempPath(), $"serverless-test-key-{Guid.NewGuid():N}.pem");

    /// <summary>The office: imports notices.</summary>
    public ApiClient Office { get; private set; } = null!;

    /// <summary>A leader: reads everything, cancels.</summary>
    public ApiClient Leader { get; private set; } = null!;

    /// <summary>The Department of Construction (SXD).</summary>
    public ApiClient Sxd { get; private set; } = null!;

    /// <summary>A client with no token.</summary>
    public ApiClient Anonymous { get; private set; } = null!;

    /// <summary>A token for a role, signed with the host's development key.</summary>
    public string Token(string role, string? agency = null, DateTimeOffset? issuedAt = null, TimeSpan? lifetime = null) =>
        Serverless.Functions.Auth.DevelopmentTokens.Mint(signingKey, Serverless.Functions.Auth.AuthOptions.DevelopmentAudience, role, agency,
            $"test-{role}-{agency}", issuedAt ?? DateTimeOffset.UtcNow, lifetime ?? TimeSpan.FromHours(1));

    /// <summary>A client calling with a token (or none).</summary>
    public ApiClient Client(string? token) => new(new HttpClient { BaseAddress = new Uri(baseUrl) }, token);

    /// <summary>A client for a role.</summary>
    public ApiClient As(string role, string? agency = null) => Client(Token(role, agency));

    public string ConnectionString => azurite!.ConnectionString;

    /// <summary>Runs one sweep the way the timer function does.</summary>
    public Task<SweepResult> SweepAsync() => App.Services.GetRequiredService<DeadlineSweeper>().SweepAsync(CancellationToken.None);

    /// <summary>Moves the clock to a Vietnamese wall-clock time.</summary>
    public void SetVietnamTime(int year, int month, int day, int hour = 9) =>
        Time.SetUtcNow(new DateTimeOffset(year, month, day, hour, 0, 0, TimeSpan.FromHours(7)));

    public async Task InitializeAsync()
    {
        azurite = StoppableStorage ? await AzuriteServer.StartStoppableAsync() : await AzuriteServer.StartAsync();
        var settings = TestHostSettings.Create(azurite.ConnectionString, KeyFile);
        settings.Time = Time;
        settings.RunTimers = false;
        settings.EnvironmentName = EnvironmentName;
        var url = settings.Urls;
        signingKey = Serverless.Functions.Auth.DevelopmentSigningKey.LoadOrCreate(KeyFile);
        Customize?.Invoke(settings);
        baseUrl = url;
        App = LocalHostApp.Build(settings);
        await App.StartAsync();
        Office = As("office");
        Leader = As("leader");
        Sxd = As("agency", "SXD");
        Anonymous = Client(null);
    }

    public async Task DisposeAsync()
    {
        foreach (var client in new[] { Office, Leader, Sxd, Anonymous }) client?.Dispose();
        File.Delete(KeyFile);
        if (App is not null)
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }
        if (azurite is not null) await azurite.DisposeAsync();
    }
}
