using System.Globalization;
using Serverless.LocalHost;
using Serverless.Testing;

namespace Serverless.Functions.Tests;

/// <summary>LocalHost settings for a test host: its own Azurite, a cluster of its own on free ports, its own dev key.</summary>
public static class TestHostSettings
{
    public static LocalHostSettings Create(string storageConnectionString, string keyFile)
    {
        var settings = new LocalHostSettings { Urls = $"http://127.0.0.1:{FreePort.Next()}" };
        settings.Configuration["Storage:ConnectionString"] = storageConnectionString;
        settings.Configuration["Orleans:ClusterId"] = $"test-{Guid.NewGuid():N}";
        settings.Configuration["Orleans:SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture);
        settings.Configuration["Orleans:GatewayPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture);
        settings.Configuration["Auth:DevelopmentKeyFile"] = keyFile;
        return settings;
    }
}
