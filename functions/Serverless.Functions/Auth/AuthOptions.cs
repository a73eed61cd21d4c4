namespace Serverless.Functions.Auth;

/// <summary>Where tokens come from.</summary>
public sealed class AuthOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Auth";

    /// <summary>Issuer of development tokens (accepted only in the Development environment).</summary>
    public const string DevelopmentIssuer = "https://localhost/serverless-dev";

    /// <summary>Audience of development tokens when no audience is configured.</summary>
    public const string DevelopmentAudience = "api://directive-tracking-dev";

    /// <summary>Entra ID authority, https://login.microsoftonline.com/{tenant}/v2.0 (setting Auth__Authority).</summary>
    public Uri? Authority { get; set; }

    /// <summary>The API's audience (setting Auth__Audience).</summary>
    public string? Audience { get; set; }

    /// <summary>Development only: the PEM file of the local signing key; created on first use.</summary>
    public string? DevelopmentKeyFile { get; set; }
}
