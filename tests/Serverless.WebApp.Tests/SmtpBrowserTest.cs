using System.Globalization;
using Serverless.LocalHost;
using Serverless.Testing;
using Serverless.Testing.Delivery;

namespace Serverless.WebApp.Tests;

/// <summary>
/// A browser test whose product sends real email: a test SMTP server (the SmtpServer package) and the host pointed at
/// it, started on 20/7/2023 08:00 in Vietnam with the sample notice loaded.
/// </summary>
public abstract class SmtpBrowserTest : BrowserTest
{
    /// <summary>The SMTP server the product delivers to.</summary>
    protected TestSmtpServer Smtp { get; private set; } = null!;

    /// <summary>Further settings of the class's host.</summary>
    protected virtual void Configure(LocalHostSettings settings)
    {
    }

    protected override async Task<WebAppHost> StartHostAsync()
    {
        Smtp = await TestSmtpServer.StartAsync();
        return await WebAppHost.StartAsync(new DateTimeOffset(2023, 7, 20, 8, 0, 0, TimeSpan.FromHours(7)), settings =>
        {
            settings.SeedFile = RepoPaths.Combine("samples", "sample-notice.json");
            settings.Configuration["Smtp:Host"] = "127.0.0.1";
            settings.Configuration["Smtp:Port"] = Smtp.Port.ToString(CultureInfo.InvariantCulture);
            settings.Configuration["Smtp:Security"] = "None";
            settings.Configuration["Smtp:FromAddress"] = "nhacviec@ubnd.test.gov.vn";
            Configure(settings);
        });
    }

    protected override ValueTask StopOthersAsync() => Smtp?.DisposeAsync() ?? ValueTask.CompletedTask;
}
