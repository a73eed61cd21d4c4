namespace Serverless.Functions.Delivery;

/// <summary>A webhook as the API shows it: the URL, and whether a signing secret is set.</summary>
public sealed record WebhookView(Uri Url, bool SecretSet);
