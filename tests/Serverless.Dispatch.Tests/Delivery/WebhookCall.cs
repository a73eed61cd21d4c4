using CloudNative.CloudEvents;

namespace Serverless.Dispatch.Tests.Delivery;

/// <summary>One call a <see cref="TestWebhookReceiver"/> received.</summary>
/// <param name="WebhookId">The webhook-id header.</param>
/// <param name="ContentType">The Content-Type header.</param>
/// <param name="Payload">The body as sent.</param>
/// <param name="Event">The CloudEvent read from the body, if it was one.</param>
/// <param name="VerificationFailure">Why the signature or the event was refused; null when both were good.</param>
/// <param name="Status">What the receiver answered (<see cref="TestWebhookReceiver.Hang"/>: nothing).</param>
public sealed record WebhookCall(string WebhookId, string? ContentType, string Payload, CloudEvent? Event, string? VerificationFailure, int Status);
