using System.Text.Json.Nodes;

namespace Serverless.Infra.Tests;

/// <summary>The app identity holds each data-plane role it needs, on the narrowest scope.</summary>
[Collection(SharedCompiledDeployment.Name)]
public sealed class RoleAssignmentTests(CompiledDeployment deployment)
{
    [Theory]
    [InlineData("0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", "/providers/Microsoft.Storage/storageAccounts/")] // Storage Table Data Contributor
    [InlineData("b7e6dc6d-f1e8-4753-8033-0f276bb0955b", "/providers/Microsoft.Storage/storageAccounts/")] // Storage Blob Data Owner
    [InlineData("974c5e8b-45b9-4653-ba55-5f855dd0fb88", "/providers/Microsoft.Storage/storageAccounts/")] // Storage Queue Data Contributor
    [InlineData("69a216fc-b8fb-44d8-bc22-1f3c2a0a2a39", "/topics/notifications/")] // Azure Service Bus Data Sender
    [InlineData("3913510d-42f4-4e42-8a64-420c390055eb", "/providers/Microsoft.Insights/components/")] // Monitoring Metrics Publisher
    [InlineData("4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0", "/topics/notifications/subscriptions/delivery/")] // Azure Service Bus Data Receiver
    [InlineData("4633458b-17de-408a-b874-0445c86b69e6", "/providers/Microsoft.KeyVault/vaults/")] // Key Vault Secrets User (the SMTP password)
    public void The_app_identity_holds_the_role_on_its_resource(string roleId, string scope)
    {
        var assignment = Assert.Single(Assignments(), assignment =>
            ((string)assignment["properties"]!["roleDefinitionId"]!).EndsWith($"/roleDefinitions/{roleId}", StringComparison.OrdinalIgnoreCase));
        var properties = assignment["properties"]!;

        Assert.Contains(scope, (string)assignment["id"]!, StringComparison.Ordinal);
        Assert.Contains("Microsoft.ManagedIdentity/userAssignedIdentities", (string)properties["principalId"]!, StringComparison.Ordinal);
        Assert.Equal("ServicePrincipal", (string?)properties["principalType"]);
    }

    [Fact]
    public void Role_assignments_are_named_with_deterministic_guids()
    {
        var names = TemplateRoleAssignments(deployment.Template).Select(assignment => (string)assignment["name"]!).ToList();

        // The template declares at least every assignment deployed (some only under a parameter, such as the grains' account).
        Assert.True(names.Count >= Assignments().Count, $"{names.Count} declared, {Assignments().Count} deployed");
        Assert.All(names, name => Assert.StartsWith("[guid(", name, StringComparison.Ordinal));
    }

    [Fact]
    public void The_identity_gets_no_role_beyond_the_seven_it_needs()
    {
        Assert.Equal(7, Assignments().Count);
    }

    private List<JsonObject> Assignments() => [.. deployment.OfType("Microsoft.Authorization/roleAssignments")];

    // Walks the compiled template, nested module templates included.
    private static IEnumerable<JsonObject> TemplateRoleAssignments(JsonNode? node) => node switch
    {
        JsonObject obj when string.Equals((string?)(obj["type"] as JsonValue), "Microsoft.Authorization/roleAssignments", StringComparison.OrdinalIgnoreCase)
            => [obj],
        JsonObject obj => obj.SelectMany(property => TemplateRoleAssignments(property.Value)),
        JsonArray array => array.SelectMany(TemplateRoleAssignments),
        _ => [],
    };
}
