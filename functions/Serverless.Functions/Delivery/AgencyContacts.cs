namespace Serverless.Functions.Delivery;

/// <summary>Everyone and everything that receives an agency's notifications.</summary>
/// <param name="AgencyCode">The agency.</param>
/// <param name="Contacts">People, by email.</param>
/// <param name="Webhook">The agency's system, if it has one.</param>
public sealed record AgencyContacts(string AgencyCode, IReadOnlyList<AgencyContact> Contacts, AgencyWebhook? Webhook)
{
    /// <summary>True when nobody and nothing would receive a notification.</summary>
    public bool IsEmpty => Contacts.Count == 0 && Webhook is null;
}
