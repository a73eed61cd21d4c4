namespace Serverless.Infra.Tests;

/// <summary>The hosting an Orleans silo per instance needs: dedicated Premium v3 Linux plan, VNet integration, private ports.</summary>
[Collection(SharedCompiledDeployment.Name)]
public sealed class FunctionAppHostingTests(CompiledDeployment deployment)
{
    [Fact]
    public void The_plan_is_a_dedicated_linux_premium_v3_plan()
    {
        var plan = deployment.Only("Microsoft.Web/serverfarms");

        Assert.Equal("PremiumV3", (string?)plan["sku"]!["tier"]);
        Assert.EndsWith("v3", (string)plan["sku"]!["name"]!, StringComparison.Ordinal);
        Assert.True((bool)plan["properties"]!["reserved"]!);
    }

    [Fact]
    public void The_function_app_gets_two_private_ports_for_silo_and_gateway_traffic()
    {
        var siteConfig = deployment.Only("Microsoft.Web/sites")["properties"]!["siteConfig"]!;

        Assert.Equal(2, (int)siteConfig["vnetPrivatePortsCount"]!);
        Assert.True((bool)siteConfig["alwaysOn"]!);
    }

    [Fact]
    public void The_function_app_integrates_with_a_subnet_delegated_to_app_service_plans()
    {
        var subnetId = (string)deployment.Only("Microsoft.Web/sites")["properties"]!["virtualNetworkSubnetId"]!;
        var subnets = deployment.Only("Microsoft.Network/virtualNetworks")["properties"]!["subnets"]!.AsArray();

        var subnet = Assert.Single(subnets, subnet => subnetId.EndsWith($"/subnets/{(string)subnet!["name"]!}", StringComparison.Ordinal))!;
        var delegation = Assert.Single(subnet["properties"]!["delegations"]!.AsArray())!;
        Assert.Equal("Microsoft.Web/serverFarms", (string?)delegation["properties"]!["serviceName"]);
    }

    [Fact]
    public void The_function_app_is_a_linux_function_app_on_the_plan()
    {
        var site = deployment.Only("Microsoft.Web/sites");

        Assert.Equal("functionapp,linux", (string?)site["kind"]);
        Assert.Equal((string?)deployment.Only("Microsoft.Web/serverfarms")["id"], (string?)site["properties"]!["serverFarmId"]);
    }

    [Fact]
    public void The_platform_probes_readiness_so_an_instance_that_cannot_reach_storage_leaves_the_rotation()
    {
        Assert.Equal("/api/health/ready", (string?)deployment.Only("Microsoft.Web/sites")["properties"]!["siteConfig"]!["healthCheckPath"]);
    }
}
