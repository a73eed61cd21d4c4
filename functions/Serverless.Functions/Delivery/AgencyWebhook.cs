namespace Serverless.Functions.Delivery;

/// <summary>The agency's own document system: every notification is POSTed there as a signed CloudEvent.</summary>
/// <param name="Url">Absolute URL (https outside Development).</param>
/// <param name="Secret">Standard Webhooks signing secret ("whsec_" + base64); never returned over HTTP.</param>
public sealed record AgencyWebhook(Uri Url, string Secret);
