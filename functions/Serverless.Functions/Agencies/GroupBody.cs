namespace Serverless.Functions.Agencies;

/// <summary>POST /api/agency-groups and PATCH /api/agency-groups/{code} (on PATCH, only the fields given change).</summary>
public sealed class GroupBody
{
    /// <summary>New code (POST only).</summary>
    public string? Code { get; set; }
    /// <summary>Vietnamese name, for example "Ủy ban nhân dân các xã, phường".</summary>
    public string? Name { get; set; }
    /// <summary>Kinds whose every active agency is a member.</summary>
    public List<string?>? Kinds { get; set; }
    /// <summary>Agency codes that are members whatever their kind.</summary>
    public List<string?>? Members { get; set; }
    /// <summary>Other phrases notices use for it.</summary>
    public List<string?>? Aliases { get; set; }
    /// <summary>True retires the group (it then matches nothing); false brings it back.</summary>
    public bool? Retired { get; set; }
}
