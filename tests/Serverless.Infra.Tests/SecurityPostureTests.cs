using System.Text.RegularExpressions;

namespace Serverless.Infra.Tests;

/// <summary>No shared keys, TLS 1.2 or later, HTTPS only, and identities for every data-plane connection.</summary>
[Collection(SharedCompiledDeployment.Name)]
public sealed class SecurityPostureTests(CompiledDeployment deployment)
{
    private static readonly string[] SecretMarkers =
    [
        "AccountKey=",
        "SharedAccessKey",
        "SharedAccessSignature",
        "listKeys",
        "listConnectionStrings",
        "UseDevelopmentStorage",
    ];

    [Fact]
    public void The_storage_account_refuses_shared_keys_and_public_blobs_and_old_tls()
    {
        var properties = deployment.Only("Microsoft.Storage/storageAccounts")["properties"]!;

        Assert.False((bool)properties["allowSharedKeyAccess"]!);
        Assert.True((bool)properties["defaultToOAuthAuthentication"]!);
        Assert.False((bool)properties["allowBlobPublicAccess"]!);
        Assert.True((bool)properties["supportsHttpsTrafficOnly"]!);
        Assert.Equal("TLS1_2", (string?)properties["minimumTlsVersion"]);
    }

    [Fact]
    public void The_storage_account_only_admits_the_app_subnet()
    {
        var acls = deployment.Only("Microsoft.Storage/storageAccounts")["properties"]!["networkAcls"]!;
        var subnetId = (string?)deployment.Only("Microsoft.Web/sites")["properties"]!["virtualNetworkSubnetId"];

        Assert.Equal("Deny", (string?)acls["defaultAction"]);
        Assert.Equal(subnetId, (string?)Assert.Single(acls["virtualNetworkRules"]!.AsArray())!["id"]);
    }

    [Fact]
    public void The_function_app_serves_https_only_with_tls_1_2_and_no_ftp()
    {
        var properties = deployment.Only("Microsoft.Web/sites")["properties"]!;
        var siteConfig = properties["siteConfig"]!;

        Assert.True((bool)properties["httpsOnly"]!);
        Assert.Equal("Disabled", (string?)siteConfig["ftpsState"]);
        Assert.Equal("1.2", (string?)siteConfig["minTlsVersion"]);
        Assert.Equal("1.2", (string?)siteConfig["scmMinTlsVersion"]);
    }

    [Fact]
    public void The_smtp_password_is_a_key_vault_reference_resolved_with_the_app_identity_never_a_plain_setting()
    {
        var site = deployment.Only("Microsoft.Web/sites");
        var password = deployment.AppSettings().Single(setting => setting.Key == "Smtp__Password").Value;

        // Compiled, the value is an ARM expression that formats the secret's URI (a module output) into the reference.
        Assert.StartsWith("[format('@Microsoft.KeyVault(SecretUri={0})'", password, StringComparison.Ordinal);
        Assert.EndsWith("/smtp-password", (string)deployment.Only("Microsoft.KeyVault/vaults/secrets")["name"]!, StringComparison.Ordinal);
        Assert.Contains("Microsoft.ManagedIdentity/userAssignedIdentities", (string)site["properties"]!["keyVaultReferenceIdentity"]!, StringComparison.Ordinal);
        var vault = deployment.Only("Microsoft.KeyVault/vaults")["properties"]!;
        Assert.True((bool)vault["enableRbacAuthorization"]!);
        Assert.True((bool)vault["enablePurgeProtection"]!);
    }

    [Fact]
    public void Basic_auth_publishing_is_disabled_for_ftp_and_kudu()
    {
        var policies = deployment.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies");

        Assert.Equal(["ftp", "scm"], policies.Select(policy => ((string)policy["name"]!).Split('/')[^1]).Order());
        Assert.All(policies, policy => Assert.False((bool)policy["properties"]!["allow"]!));
    }

    [Fact]
    public void Application_insights_and_log_analytics_accept_no_local_auth()
    {
        Assert.True((bool)deployment.Only("Microsoft.Insights/components")["properties"]!["DisableLocalAuth"]!);
        Assert.True((bool)deployment.Only("Microsoft.OperationalInsights/workspaces")["properties"]!["features"]!["disableLocalAuth"]!);
    }

    [Fact]
    public void Service_bus_accepts_no_local_auth_and_no_tls_below_1_2()
    {
        var properties = deployment.Only("Microsoft.ServiceBus/namespaces")["properties"]!;

        Assert.True((bool)properties["disableLocalAuth"]!);
        Assert.Equal("1.2", (string?)properties["minimumTlsVersion"]);
    }

    [Fact]
    public void No_app_setting_carries_a_key_or_a_connection_string()
    {
        foreach (var (name, value) in deployment.AppSettings())
        {
            Assert.DoesNotContain(SecretMarkers, marker => value.Contains(marker, StringComparison.OrdinalIgnoreCase));
            // Application Insights' connection string holds no credential once local auth is off.
            if (name != "APPLICATIONINSIGHTS_CONNECTION_STRING")
            {
                Assert.DoesNotContain("connectionstring", name.Replace("_", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
            }
        }

        Assert.DoesNotContain(deployment.AppSettings(), setting => setting.Key == "AzureWebJobsStorage");
    }

    [Fact]
    public void The_compiled_template_never_reads_keys()
    {
        Assert.DoesNotMatch(new Regex(@"\blist[A-Za-z]*\(", RegexOptions.IgnoreCase), deployment.TemplateText);
        Assert.DoesNotContain("AccountKey", deployment.TemplateText, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_functions_runtime_reaches_storage_with_the_app_identity()
    {
        var settings = deployment.AppSettings().ToDictionary(setting => setting.Key, setting => setting.Value);

        Assert.Equal("managedidentity", settings["AzureWebJobsStorage__credential"]);
        Assert.Equal((string?)deployment.Only("Microsoft.Storage/storageAccounts")["name"], settings["AzureWebJobsStorage__accountName"]);
        Assert.Equal(settings["AZURE_CLIENT_ID"], settings["AzureWebJobsStorage__clientId"]);
    }

    [Fact]
    public void The_app_reaches_tables_and_service_bus_by_endpoint_not_by_secret()
    {
        var settings = deployment.AppSettings().ToDictionary(setting => setting.Key, setting => setting.Value);

        Assert.Contains("primaryEndpoints.table", settings["Storage__TableServiceUri"], StringComparison.Ordinal);
        Assert.Contains("serviceBusEndpoint", settings["ServiceBus__FullyQualifiedNamespace"], StringComparison.Ordinal);
    }

    [Fact]
    public void Telemetry_is_sent_with_the_app_identity()
    {
        var settings = deployment.AppSettings().ToDictionary(setting => setting.Key, setting => setting.Value);

        Assert.StartsWith("[format('ClientId={0};Authorization=AAD'", settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"], StringComparison.Ordinal);
        Assert.Contains("Microsoft.ManagedIdentity/userAssignedIdentities", settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_function_app_runs_as_the_user_assigned_identity_only()
    {
        var identity = deployment.Only("Microsoft.Web/sites")["identity"]!;
        var userAssigned = identity["userAssignedIdentities"]!.AsObject();

        Assert.Equal("UserAssigned", (string?)identity["type"]);
        Assert.Equal((string?)deployment.Only("Microsoft.ManagedIdentity/userAssignedIdentities")["id"], Assert.Single(userAssigned).Key);
    }

    [Fact]
    public void No_resource_property_holds_a_secret_marker()
    {
        var texts = deployment.Resources.Select(resource => resource.ToJsonString()).ToList();

        Assert.All(texts, text => Assert.DoesNotContain(SecretMarkers, marker => text.Contains(marker, StringComparison.OrdinalIgnoreCase)));
    }
}
