namespace Serverless.Infra.Tests;

/// <summary>Settings the Azure Functions platform reads (the app's own code does not).</summary>
internal static class PlatformSettings
{
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.Ordinal)
    {
        "FUNCTIONS_EXTENSION_VERSION",
        "FUNCTIONS_WORKER_RUNTIME",
        "AzureWebJobsStorage__accountName",
        "AzureWebJobsStorage__credential",
        "AzureWebJobsStorage__clientId",
        "APPLICATIONINSIGHTS_CONNECTION_STRING",
        "APPLICATIONINSIGHTS_AUTHENTICATION_STRING",
        // Zip deployments run from the package; the template keeps it so a redeploy does not drop it.
        "WEBSITE_RUN_FROM_PACKAGE",
    };
}
