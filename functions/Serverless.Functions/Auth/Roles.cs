namespace Serverless.Functions.Auth;

/// <summary>The app roles (Entra ID app roles; the "roles" claim of dev tokens).</summary>
public static class Roles
{
    /// <summary>Leaders: read everything, decide extensions, set dates of conditional tasks, cancel tasks.</summary>
    public const string Leader = "leader";

    /// <summary>The leadership's office: read everything, import notices, edit drafts, confirm completion.</summary>
    public const string Office = "office";

    /// <summary>An agency (with its code in the "agency" claim): its own tasks only.</summary>
    public const string Agency = "agency";

    /// <summary>Operators: health and delivery operations, no task content beyond ids.</summary>
    public const string Operator = "operator";

    /// <summary>Every role. A token must carry exactly one of them.</summary>
    public static IReadOnlyList<string> All { get; } = [Leader, Office, Agency, Operator];
}
