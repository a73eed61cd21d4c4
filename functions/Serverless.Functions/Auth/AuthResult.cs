namespace Serverless.Functions.Auth;

/// <summary>The authenticated caller, or why the request is not authenticated (Vietnamese, safe to show).</summary>
public sealed record AuthResult(Caller? Caller, string? Failure);
