namespace Serverless.Functions.Delivery;

/// <summary>The webhook in a PUT body.</summary>
/// <param name="Url">Absolute URL.</param>
/// <param name="Secret">"whsec_" + base64 of 24-64 random bytes; omitted: keep the secret already stored for this agency.</param>
public sealed record WebhookRequest(string? Url, string? Secret);
