namespace Serverless.Functions.Dispatch;

/// <summary>
/// The shape of the notifications topic in one place: the topic, the message properties subscriptions filter on,
/// one subscription per agency, the leadership subscription and the delivery worker's subscription. infra/modules/serviceBus.bicep creates the same
/// entities; a test in Serverless.Infra.Tests compares the two.
/// </summary>
public static class NotificationTopology
{
    /// <summary>The topic every notification is published to.</summary>
    public const string TopicName = "notifications";

    /// <summary>Application property: recipient agency code.</summary>
    public const string AgencyProperty = "agency";

    /// <summary>Application property: ladder level (int; 0 reminder, 1 escalation to the lead agency, 2 supervising office, 3 leadership).</summary>
    public const string LevelProperty = "level";

    /// <summary>Application property: the notification kind ("reminder", "escalation", or a follow-up kind such as "urging"), also the message subject.</summary>
    public const string KindProperty = "kind";

    /// <summary>Application property: the task concerned.</summary>
    public const string TaskIdProperty = "taskId";

    /// <summary>Application property: the due date, yyyy-MM-dd.</summary>
    public const string DueDateProperty = "dueDate";

    /// <summary>The subscription that receives every escalation from <see cref="LeadershipMinimumLevel"/> up.</summary>
    public const string LeadershipSubscription = "leadership";

    /// <summary>The subscription the delivery worker reads: every notification (no filter), to email and webhooks.</summary>
    public const string DeliverySubscription = "delivery";

    /// <summary>Lowest ladder level the leadership subscription receives.</summary>
    public const int LeadershipMinimumLevel = 2;

    /// <summary>SQL filter of the leadership subscription.</summary>
    public static string LeadershipFilter { get; } = $"{LevelProperty} >= {LeadershipMinimumLevel}";

    /// <summary>An agency's subscription: named after its code.</summary>
    public static string SubscriptionFor(string agencyCode) => agencyCode;

    /// <summary>SQL filter of an agency's subscription (quotes doubled, as in a SQL string literal).</summary>
    public static string AgencyFilter(string agencyCode)
    {
        ArgumentNullException.ThrowIfNull(agencyCode);
        return $"{AgencyProperty} = '{agencyCode.Replace("'", "''", StringComparison.Ordinal)}'";
    }
}
