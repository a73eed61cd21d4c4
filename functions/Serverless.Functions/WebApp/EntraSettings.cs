namespace Serverless.Functions.WebApp;

/// <summary>What the page needs to sign in with MSAL (authorization code + PKCE).</summary>
/// <param name="ClientId">The single-page application's client id.</param>
/// <param name="Authority">https://login.microsoftonline.com/{tenant}.</param>
/// <param name="Scopes">The API scopes asked for.</param>
public sealed record EntraSettings(string ClientId, string Authority, IReadOnlyList<string> Scopes);
