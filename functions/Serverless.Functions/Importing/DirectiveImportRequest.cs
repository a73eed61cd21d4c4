namespace Serverless.Functions.Importing;

/// <summary>One directive of an imported notice.</summary>
public sealed class DirectiveImportRequest
{
    /// <summary>The directive's number in the notice.</summary>
    public int? Number { get; set; }
    /// <summary>The directive's text.</summary>
    public string? Text { get; set; }
    /// <summary>Tasks it gives; may be empty for evaluative directives.</summary>
    public List<TaskImportRequest?>? Tasks { get; set; }
}
