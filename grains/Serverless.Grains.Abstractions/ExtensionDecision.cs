namespace Serverless.Grains;

/// <summary>State of an extension request.</summary>
public enum ExtensionDecision
{
    /// <summary>Waiting for a leader.</summary>
    Pending = 0,
    /// <summary>Approved: the deadline moved.</summary>
    Approved = 1,
    /// <summary>Rejected: the deadline stays.</summary>
    Rejected = 2,
}
