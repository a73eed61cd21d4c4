using System.Text.Json.Nodes;

namespace Serverless.Infra.Tests;

/// <summary>
/// With separateGrainStateAccount the grains' state gets a storage account of its own: as locked down as the main
/// one, the app identity holding only Table Data Contributor on it, and the app told its endpoint; without it, the
/// setting names the main account (one account, as before).
/// </summary>
public sealed class GrainStateAccountTests
{
    private const string TableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";

    private static string Setting(CompiledDeployment deployment, string name) => Assert.Single(deployment.AppSettings(), s => s.Key == name).Value;

    [Fact]
    public void A_separate_grain_state_account_is_locked_down_holds_only_the_table_role_and_is_named_to_the_app()
    {
        using var deployment = new CompiledDeployment("param separateGrainStateAccount = true");

        var accounts = deployment.OfType("Microsoft.Storage/storageAccounts");
        Assert.Equal(2, accounts.Count);
        foreach (var account in accounts)
        {
            Assert.False((bool)account["properties"]!["allowSharedKeyAccess"]!);
            Assert.Equal("Deny", (string?)account["properties"]!["networkAcls"]!["defaultAction"]);
        }
        var grainAccount = Assert.Single(accounts, a => ((string)a["name"]!).StartsWith("sg", StringComparison.Ordinal));
        var roles = deployment.OfType("Microsoft.Authorization/roleAssignments")
            .Where(r => ((string)r["id"]!).Contains($"/storageAccounts/{(string)grainAccount["name"]!}/", StringComparison.Ordinal))
            .Select(r => ((string)r["properties"]!["roleDefinitionId"]!).Split('/')[^1]);
        Assert.Equal([TableDataContributor], roles);
        Assert.Equal(8, deployment.OfType("Microsoft.Authorization/roleAssignments").Count);

        var grainStateUri = Setting(deployment, "Storage__GrainState__TableServiceUri");
        Assert.NotEqual(Setting(deployment, "Storage__TableServiceUri"), grainStateUri);
        Assert.Contains((string)grainAccount["name"]!, grainStateUri, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_it_the_grains_state_setting_names_the_main_account()
    {
        using var deployment = new CompiledDeployment();

        Assert.Single(deployment.OfType("Microsoft.Storage/storageAccounts"));
        Assert.Equal(Setting(deployment, "Storage__TableServiceUri"), Setting(deployment, "Storage__GrainState__TableServiceUri"));
    }
}
