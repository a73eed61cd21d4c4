namespace Serverless.Functions.Delivery;

/// <summary>An agency's contacts as GET /api/agencies/{code}/contacts returns them (the webhook secret is never shown).</summary>
/// <param name="Agency">Agency code.</param>
/// <param name="Contacts">The people.</param>
/// <param name="Webhook">The webhook URL and whether a secret is set.</param>
/// <param name="Changes">The latest changes, newest first.</param>
public sealed record ContactsView(
    string Agency,
    IReadOnlyList<AgencyContact> Contacts,
    WebhookView? Webhook,
    IReadOnlyList<ContactsChange> Changes);
