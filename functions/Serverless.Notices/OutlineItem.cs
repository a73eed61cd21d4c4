namespace Serverless.Notices;

/// <summary>A top-level item of a notice: its number and its paragraphs (the first without its numbering).</summary>
internal sealed record OutlineItem(int Number, List<string> Lines);
