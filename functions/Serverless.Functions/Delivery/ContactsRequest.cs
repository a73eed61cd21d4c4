namespace Serverless.Functions.Delivery;

/// <summary>Body of PUT /api/agencies/{code}/contacts: the whole list, replacing the previous one.</summary>
/// <param name="Contacts">The people (at most <see cref="ContactsValidator.MaxContacts"/>).</param>
/// <param name="Webhook">The agency's system, or null for none.</param>
public sealed record ContactsRequest(IReadOnlyList<ContactRequest>? Contacts, WebhookRequest? Webhook);
