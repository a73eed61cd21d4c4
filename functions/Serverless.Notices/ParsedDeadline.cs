namespace Serverless.Notices;

/// <summary>A time limit found in a directive, with the phrase it came from.</summary>
/// <param name="Date">
/// The due date (Vietnam calendar date); null for conditional and recurring phrases, and for an explicit phrase whose
/// date does not exist ("trước ngày 31/02/2026"), which the import draft flags.
/// </param>
/// <param name="Phrase">The words of the notice that set it.</param>
/// <param name="Kind">Explicit date, recurring duty or conditional timing.</param>
public sealed record ParsedDeadline(DateOnly? Date, string Phrase, DeadlineKind Kind);
