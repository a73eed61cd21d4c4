namespace Serverless.Functions.Agencies;

/// <summary>POST /api/agencies/{code}/retire.</summary>
public sealed class RetireBody
{
    /// <summary>Why (for example "sáp nhập vào Sở Tài chính"), kept in the audit trail.</summary>
    public string? Reason { get; set; }
}
