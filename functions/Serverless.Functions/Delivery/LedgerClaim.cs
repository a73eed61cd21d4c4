namespace Serverless.Functions.Delivery;

/// <summary>What claiming a (notification, channel, address) in the ledger found.</summary>
public enum LedgerClaim
{
    /// <summary>This worker may send now.</summary>
    Claimed,

    /// <summary>Already delivered, or refused for good: nothing to send.</summary>
    Settled,
}
