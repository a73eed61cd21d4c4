namespace Serverless.Functions.Importing;

/// <summary>One directive of an imported notice.</summary>
public sealed class DirectiveImportRequest
{
    /// <summary>The directive's number in the notice.</summary>
    public int? Number { get; set; }
    /// <summary>The directive's text.</summary>
    public string? Text { get; set; }
    /// <summary>False marks a directive not to be tracked (evaluative, or for information): it is kept without tasks. Default true.</summary>
    public bool? Track { get; set; }
    /// <summary>Tasks it gives: at least one unless <see cref="Track"/> is false.</summary>
    public List<TaskImportRequest?>? Tasks { get; set; }
}
