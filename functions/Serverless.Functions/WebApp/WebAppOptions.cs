namespace Serverless.Functions.WebApp;

/// <summary>How the web app signs users in with Entra ID (settings WebApp__ClientId, WebApp__Scope).</summary>
public sealed class WebAppOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "WebApp";

    /// <summary>The single-page application's client id in the tenant (redirect URI: https://&lt;host&gt;/api/app/).</summary>
    public string? ClientId { get; set; }

    /// <summary>The API scope the page asks for, e.g. api://directive-tracking/access_as_user; default: the audience's ".default".</summary>
    public string? Scope { get; set; }
}
