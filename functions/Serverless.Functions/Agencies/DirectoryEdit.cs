using Serverless.Functions.Importing;
using Serverless.Tracking;

namespace Serverless.Functions.Agencies;

/// <summary>What an office request does to the directory: the agencies and groups it writes whole, and what to audit; or why not.</summary>
public sealed class DirectoryEdit
{
    /// <summary>Field errors; a non-empty set refuses the edit.</summary>
    public FieldErrors Errors { get; } = new();

    /// <summary>HTTP status of a refusal: 422 (invalid), 404 (unknown code), 409 (conflicts with the directory).</summary>
    public int RefusalStatus { get; set; } = 422;

    /// <summary>Agencies to write whole (new or changed).</summary>
    public List<Agency> Agencies { get; } = [];

    /// <summary>Groups to write whole (new or changed).</summary>
    public List<AgencyGroup> Groups { get; } = [];

    /// <summary>Audit lines: action, target code, Vietnamese detail.</summary>
    public List<(string Action, string Target, string Detail)> Audit { get; } = [];

    /// <summary>Refuses with a status and a field message.</summary>
    public DirectoryEdit Refuse(int status, string field, string message)
    {
        RefusalStatus = status;
        Errors.Add(field, message);
        return this;
    }
}
