namespace Serverless.Functions.Agencies;

/// <summary>POST /api/agencies/{code}/aliases: a name to remember for an agency (for example one a clerk mapped in a draft).</summary>
public sealed class AliasBody
{
    /// <summary>The name as notices write it.</summary>
    public string? Alias { get; set; }
}
