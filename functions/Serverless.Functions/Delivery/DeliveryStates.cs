namespace Serverless.Functions.Delivery;

/// <summary>States of a ledger row.</summary>
public static class DeliveryStates
{
    /// <summary>Claimed by a worker; the send is under way (or the worker died during it).</summary>
    public const string Sending = "sending";

    /// <summary>The last try failed transiently; a later delivery of the message tries again.</summary>
    public const string Retrying = "retrying";

    /// <summary>The server or endpoint accepted it. Never sent again.</summary>
    public const string Delivered = "delivered";

    /// <summary>Refused for good, or given up on after every attempt; listed for operators.</summary>
    public const string Failed = "failed";

    /// <summary>The agency had nobody to send it to; listed for operators.</summary>
    public const string NoContacts = "noContacts";
}
