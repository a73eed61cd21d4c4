namespace Serverless.Functions.Hosting;

/// <summary>
/// Every application setting the app itself reads, in the double-underscore form App Service uses.
/// The Bicep template must provide each required one and nothing the app does not read (a test compares them).
/// </summary>
public static class AppSettingNames
{
    /// <summary>Table endpoint (Azure, managed identity), for example https://acct.table.core.windows.net.</summary>
    public const string StorageTableServiceUri = "Storage__TableServiceUri";

    /// <summary>Connection string (local development and tests: Azurite).</summary>
    public const string StorageConnectionString = "Storage__ConnectionString";

    /// <summary>Table endpoint of the account of the grains' state (managed identity); the main one's keeps them together.</summary>
    public const string StorageGrainStateTableServiceUri = "Storage__GrainState__TableServiceUri";

    /// <summary>Connection string of the optional account of the grains' state (local and tests).</summary>
    public const string StorageGrainStateConnectionString = "Storage__GrainState__ConnectionString";

    /// <summary>Orleans cluster id: silos with the same id form one cluster.</summary>
    public const string OrleansClusterId = "Orleans__ClusterId";

    /// <summary>Orleans service id: keys grain state; never change it in a deployment that has data.</summary>
    public const string OrleansServiceId = "Orleans__ServiceId";

    /// <summary>NCRONTAB schedule of the deadline sweep.</summary>
    public const string SweepSchedule = "SweepSchedule";

    /// <summary>Client id of the user-assigned managed identity (read by DefaultAzureCredential).</summary>
    public const string AzureClientId = "AZURE_CLIENT_ID";

    /// <summary>NCRONTAB schedule of the outbox dispatcher that publishes notifications to Service Bus.</summary>
    public const string DispatchSchedule = "DispatchSchedule";

    /// <summary>Fully qualified Service Bus namespace (Azure, managed identity), for example ns.servicebus.windows.net.</summary>
    public const string ServiceBusNamespace = "ServiceBus__FullyQualifiedNamespace";

    /// <summary>Service Bus connection string (local development and tests only; Azure uses the namespace and managed identity).</summary>
    public const string ServiceBusConnectionString = "ServiceBus__ConnectionString";

    /// <summary>Service Bus topic the notifications are published to.</summary>
    public const string ServiceBusTopicName = "ServiceBus__TopicName";

    /// <summary>Token issuer authority, https://login.microsoftonline.com/&lt;tenant&gt;/v2.0.</summary>
    public const string AuthAuthority = "Auth__Authority";

    /// <summary>Audience the API accepts in access tokens.</summary>
    public const string AuthAudience = "Auth__Audience";

    /// <summary>The web app's single-page application registration in Entra ID (its client id); redirect URI https://&lt;app&gt;/api/app/.</summary>
    public const string WebAppClientId = "WebApp__ClientId";

    /// <summary>The API scope the web app asks for, for example api://directive-tracking/access_as_user.</summary>
    public const string WebAppScope = "WebApp__Scope";

    /// <summary>SMTP relay host of the email channel (without it, no email is sent).</summary>
    public const string SmtpHost = "Smtp__Host";

    /// <summary>SMTP relay port.</summary>
    public const string SmtpPort = "Smtp__Port";

    /// <summary>None, Auto, SslOnConnect, StartTls or StartTlsWhenAvailable.</summary>
    public const string SmtpSecurity = "Smtp__Security";

    /// <summary>SMTP user name.</summary>
    public const string SmtpUserName = "Smtp__UserName";

    /// <summary>SMTP password: in Azure a Key Vault reference, never the password itself.</summary>
    public const string SmtpPassword = "Smtp__Password";

    /// <summary>Sender address of the reminder emails.</summary>
    public const string SmtpFromAddress = "Smtp__FromAddress";

    /// <summary>Link to a task in emails; {taskId} is replaced.</summary>
    public const string DeliveryTaskUrlTemplate = "Delivery__TaskUrlTemplate";
}
