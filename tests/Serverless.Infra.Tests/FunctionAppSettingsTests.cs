using System.Xml.Linq;

namespace Serverless.Infra.Tests;

/// <summary>The Function App's settings match what the app binds (AppSettingNames) and what the platform reads.</summary>
[Collection(SharedCompiledDeployment.Name)]
public sealed class FunctionAppSettingsTests(CompiledDeployment deployment)
{
    private IReadOnlyDictionary<string, string> Settings => deployment.AppSettings().ToDictionary(setting => setting.Key, setting => setting.Value);

    [Fact]
    public void Every_setting_the_app_reads_in_Azure_is_provided()
    {
        var missing = AppSettingConstants.UsedInAzure().Except(Settings.Keys).Order().ToList();

        Assert.True(missing.Count == 0, $"AppSettingNames constants the template does not set: {string.Join(", ", missing)}");
    }

    [Fact]
    public void No_setting_is_provided_that_neither_the_app_nor_the_platform_reads()
    {
        var known = AppSettingConstants.UsedInAzure().Union(PlatformSettings.Names).ToHashSet(StringComparer.Ordinal);

        var unknown = Settings.Keys.Except(known).Order().ToList();

        Assert.True(unknown.Count == 0, $"Settings nobody reads: {string.Join(", ", unknown)}");
    }

    [Fact]
    public void The_settings_are_exactly_the_app_settings_used_in_Azure_and_the_platform_settings()
    {
        var expected = AppSettingConstants.UsedInAzure().Union(PlatformSettings.Names).Order(StringComparer.Ordinal);

        Assert.Equal(expected, Settings.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void No_setting_is_listed_twice()
    {
        var names = deployment.AppSettings().Select(setting => setting.Key).ToList();

        Assert.Equal(names.Distinct(StringComparer.OrdinalIgnoreCase).Count(), names.Count);
    }

    [Fact]
    public void No_local_connection_string_is_set_in_Azure()
    {
        Assert.Contains("Storage__ConnectionString", AppSettingConstants.LocalOnly());
        Assert.Contains("ServiceBus__ConnectionString", AppSettingConstants.LocalOnly());
        foreach (var localOnly in AppSettingConstants.LocalOnly())
        {
            Assert.DoesNotContain(localOnly, Settings.Keys);
        }
    }

    [Fact]
    public void The_functions_runtime_is_version_4_with_the_isolated_worker()
    {
        Assert.Equal("~4", Settings["FUNCTIONS_EXTENSION_VERSION"]);
        Assert.Equal("dotnet-isolated", Settings["FUNCTIONS_WORKER_RUNTIME"]);
    }

    [Fact]
    public void The_app_runs_on_the_dotnet_version_the_projects_target()
    {
        var targetFramework = XDocument.Load(RepositoryFiles.Path(RepositoryFiles.DirectoryBuildProps))
            .Descendants("TargetFramework").Single().Value;
        var site = deployment.Only("Microsoft.Web/sites");

        Assert.Equal($"DOTNET-ISOLATED|{targetFramework.Replace("net", string.Empty, StringComparison.Ordinal)}", (string?)site["properties"]!["siteConfig"]!["linuxFxVersion"]);
    }

    [Fact]
    public void The_identity_settings_all_name_the_user_assigned_identity()
    {
        var clientId = Settings["AZURE_CLIENT_ID"];

        Assert.Contains("Microsoft.ManagedIdentity/userAssignedIdentities", clientId, StringComparison.Ordinal);
        Assert.EndsWith(".clientId]", clientId, StringComparison.Ordinal);
        Assert.Equal(clientId, Settings["AzureWebJobsStorage__clientId"]);
    }

    [Fact]
    public void The_sweep_and_dispatch_schedules_are_six_field_ncrontab_expressions()
    {
        Assert.Equal(6, Settings["SweepSchedule"].Split(' ').Length);
        Assert.Equal(6, Settings["DispatchSchedule"].Split(' ').Length);
    }

    [Fact]
    public void The_orleans_ids_come_from_the_parameter_file()
    {
        var parameters = deployment.Parameters["parameters"]!;

        Assert.Equal((string?)parameters["orleansClusterId"]!["value"], Settings["Orleans__ClusterId"]);
        Assert.Equal((string?)parameters["orleansServiceId"]!["value"], Settings["Orleans__ServiceId"]);
    }

    [Fact]
    public void The_api_accepts_tokens_issued_by_the_deploying_tenant_for_the_configured_audience()
    {
        Assert.Equal(CompiledDeployment.AuthAudience, Settings["Auth__Audience"]);
        // The cloud's login endpoint and the deploying tenant are known only at deployment time.
        Assert.Equal("[format('{0}{1}/v2.0', environment().authentication.loginEndpoint, tenant().tenantId)]", Settings["Auth__Authority"]);
    }

    [Fact]
    public void The_web_app_signs_in_with_the_client_id_of_the_parameter_file_and_asks_for_the_audience_by_default()
    {
        Assert.Equal(CompiledDeployment.WebAppClientId, (string?)deployment.Parameters["parameters"]!["webAppClientId"]!["value"]);
        Assert.Equal(CompiledDeployment.WebAppClientId, Settings["WebApp__ClientId"]);
        // WEBAPP_SCOPE unset: the API audience's .default, the same default the app applies to a blank setting.
        Assert.Equal($"{CompiledDeployment.AuthAudience}/.default", Settings["WebApp__Scope"]);
    }
}
