using Serverless.Notices;

namespace Serverless.Notices.Evaluation;

/// <summary>The scores of one labelled notice.</summary>
/// <param name="Name">The file name without extension.</param>
/// <param name="Counts">Its counts.</param>
/// <param name="Differences">What the parser got wrong, one line each, for a person to read.</param>
/// <param name="Error">The parse error, when the parser rejected the text.</param>
public sealed record FileEvaluation(string Name, ScoreCounts Counts, IReadOnlyList<string> Differences, string? Error = null);
