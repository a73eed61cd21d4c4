namespace Serverless.Functions.Delivery;

/// <summary>Channel names, as the ledger and the receipts show them.</summary>
public static class DeliveryChannels
{
    /// <summary>An email to one contact.</summary>
    public const string Email = "email";

    /// <summary>A signed CloudEvent POSTed to the agency's system.</summary>
    public const string Webhook = "webhook";

    /// <summary>No channel: the agency has no contacts (a gap shown to operators).</summary>
    public const string None = "none";
}
