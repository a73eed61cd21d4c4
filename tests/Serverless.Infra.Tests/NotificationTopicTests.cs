using System.Text.Json.Nodes;
using System.Xml;
using Serverless.Functions.Dispatch;

namespace Serverless.Infra.Tests;

/// <summary>The notifications topic: duplicate detection, one filtered subscription per agency, leadership escalations.</summary>
[Collection(SharedCompiledDeployment.Name)]
public sealed class NotificationTopicTests(CompiledDeployment deployment)
{
    private const string LeadershipSubscription = "leadership";
    private const string DeliverySubscription = "delivery";

    private JsonObject Topic => deployment.Only("Microsoft.ServiceBus/namespaces/topics");

    [Fact]
    public void The_app_publishes_to_the_notifications_topic()
    {
        var topicName = LastSegment(Topic);
        var setting = deployment.AppSettings().Single(setting => setting.Key == "ServiceBus__TopicName").Value;

        Assert.Equal("notifications", topicName);
        Assert.Equal(topicName, setting);
    }

    [Fact]
    public void The_topic_detects_duplicates_over_at_least_a_day_of_outbox_retries()
    {
        var properties = Topic["properties"]!;
        var window = XmlConvert.ToTimeSpan((string)properties["duplicateDetectionHistoryTimeWindow"]!);

        Assert.True((bool)properties["requiresDuplicateDetection"]!);
        Assert.True(window >= TimeSpan.FromDays(1), $"Duplicate detection window {window} is shorter than a day.");
    }

    [Fact]
    public void The_namespace_is_standard_tier_which_topics_need()
    {
        Assert.Equal("Standard", (string?)deployment.Only("Microsoft.ServiceBus/namespaces")["sku"]!["name"]);
    }

    [Fact]
    public void Every_agency_in_agencies_json_has_a_subscription_and_nothing_else_does_but_leadership_and_delivery()
    {
        var expected = AgencyDirectory.Codes().Append(LeadershipSubscription).Append(DeliverySubscription).Order(StringComparer.Ordinal);

        var subscriptions = Subscriptions().Select(LastSegment).Order(StringComparer.Ordinal);

        Assert.Equal(expected, subscriptions);
    }

    [Fact]
    public void The_parameter_file_takes_its_agencies_from_agencies_json()
    {
        var codes = deployment.Parameters["parameters"]!["agencyCodes"]!["value"]!.AsArray().Select(code => (string)code!);

        Assert.Equal(AgencyDirectory.Codes(), codes);
    }

    [Fact]
    public void Agency_codes_are_valid_subscription_names_and_safe_in_a_sql_literal()
    {
        Assert.All(AgencyDirectory.Codes(), code => Assert.Matches("^[A-Z0-9-]{1,50}$", code));
        Assert.Equal(
            Subscriptions().Count,
            Subscriptions().Select(LastSegment).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Each_agency_subscription_keeps_only_the_messages_for_that_agency()
    {
        foreach (var code in AgencyDirectory.Codes())
        {
            var rule = Assert.Single(RulesOf(code));

            Assert.Equal("$Default", LastSegment(rule));
            Assert.Equal("SqlFilter", (string?)rule["properties"]!["filterType"]);
            Assert.Equal($"agency = '{code}'", (string?)rule["properties"]!["sqlFilter"]!["sqlExpression"]);
        }
    }

    [Fact]
    public void The_leadership_subscription_receives_every_escalation_from_level_two()
    {
        var rule = Assert.Single(RulesOf(LeadershipSubscription));

        Assert.Equal("$Default", LastSegment(rule));
        Assert.Equal("SqlFilter", (string?)rule["properties"]!["filterType"]);
        Assert.Equal("level >= 2", (string?)rule["properties"]!["sqlFilter"]!["sqlExpression"]);
    }

    [Fact]
    public void Every_subscription_dead_letters_expired_and_unfilterable_messages_and_never_auto_deletes()
    {
        Assert.All(Subscriptions(), subscription =>
        {
            var properties = subscription["properties"]!;
            Assert.True((bool)properties["deadLetteringOnMessageExpiration"]!);
            Assert.True((bool)properties["deadLetteringOnFilterEvaluationExceptions"]!);
            Assert.InRange((int)properties["maxDeliveryCount"]!, 1, 100);
            Assert.True(XmlConvert.ToTimeSpan((string)properties["autoDeleteOnIdle"]!) >= TimeSpan.FromDays(3650));
        });
    }

    [Fact]
    public void The_dispatcher_publishes_to_the_topic_the_template_creates()
    {
        Assert.Equal(NotificationTopology.TopicName, LastSegment(Topic));
    }

    [Fact]
    public void The_dispatchers_topology_names_exactly_the_subscriptions_the_template_creates()
    {
        var expected = AgencyDirectory.Codes().Select(NotificationTopology.SubscriptionFor)
            .Append(NotificationTopology.LeadershipSubscription)
            .Append(NotificationTopology.DeliverySubscription)
            .Order(StringComparer.Ordinal);

        Assert.Equal(expected, Subscriptions().Select(LastSegment).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_dispatchers_topology_has_the_filters_the_template_creates()
    {
        foreach (var code in AgencyDirectory.Codes())
        {
            var rule = Assert.Single(RulesOf(NotificationTopology.SubscriptionFor(code)));
            Assert.Equal(NotificationTopology.AgencyFilter(code), (string?)rule["properties"]!["sqlFilter"]!["sqlExpression"]);
        }

        var leadership = Assert.Single(RulesOf(NotificationTopology.LeadershipSubscription));
        Assert.Equal(NotificationTopology.LeadershipFilter, (string?)leadership["properties"]!["sqlFilter"]!["sqlExpression"]);
    }

    [Fact]
    public void The_delivery_subscription_has_no_filter_rule_so_it_receives_every_notification()
    {
        Assert.Equal(DeliverySubscription, NotificationTopology.DeliverySubscription);
        Assert.Contains(Subscriptions(), s => LastSegment(s) == DeliverySubscription);
        Assert.Empty(RulesOf(DeliverySubscription));
    }

    [Fact]
    public void The_app_identity_may_receive_from_the_delivery_subscription_only()
    {
        var receivers = deployment.OfType("Microsoft.Authorization/roleAssignments")
            .Where(a => ((string)a["properties"]!["roleDefinitionId"]!).EndsWith("/4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0", StringComparison.OrdinalIgnoreCase))
            .ToList();

        var receiver = Assert.Single(receivers);
        Assert.Contains("/topics/notifications/subscriptions/delivery/", (string)receiver["id"]!, StringComparison.Ordinal);
    }

    private List<JsonObject> Subscriptions() => [.. deployment.OfType("Microsoft.ServiceBus/namespaces/topics/subscriptions")];

    private IEnumerable<JsonObject> RulesOf(string subscription) =>
        deployment.OfType("Microsoft.ServiceBus/namespaces/topics/subscriptions/rules")
            .Where(rule => ((string)rule["name"]!).Split('/')[^2] == subscription);

    private static string LastSegment(JsonObject resource) => ((string)resource["name"]!).Split('/')[^1];
}
