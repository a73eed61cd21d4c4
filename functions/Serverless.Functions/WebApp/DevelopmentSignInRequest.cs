namespace Serverless.Functions.WebApp;

/// <summary>POST /api/dev/token body: the role to sign in as, and the agency for the agency role.</summary>
public sealed class DevelopmentSignInRequest
{
    /// <summary>leader, office, agency or operator.</summary>
    public string? Role { get; set; }

    /// <summary>An agency code of agencies.json (agency role only).</summary>
    public string? Agency { get; set; }
}
