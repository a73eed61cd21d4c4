using Serverless.Notices;

namespace Serverless.Functions.Importing;

/// <summary>
/// What POST /api/notices/parse returns: the parser's reading of the text, and a draft in the import format for the
/// clerk to check, complete and send to POST /api/notices. Nothing is tracked until then.
/// </summary>
/// <param name="Parsed">The parser's output (format of the samples README).</param>
/// <param name="Draft">The import body, pre-filled: one task per lead agency, groups expanded to their members.</param>
/// <param name="UnmatchedAgencies">Names in the text that match no agency or group of the directory, per directive number.</param>
/// <param name="Directives">Per directive: its short title, the groups it is addressed to with their expansion, where its leads come from.</param>
/// <param name="Missing">Fields the clerk must fill before the import is accepted (import field paths); empty when the draft is complete.</param>
/// <param name="ImpossibleDates">Deadline phrases whose date does not exist ("31/02/2026"), per directive number.</param>
/// <param name="Warnings">What the clerk should check: a number left blank, a date of issue inferred, names no agency matched.</param>
public sealed record ImportDraft(
    ParsedNotice Parsed,
    NoticeImportRequest Draft,
    IReadOnlyDictionary<string, IReadOnlyList<string>> UnmatchedAgencies,
    IReadOnlyList<DraftDirective> Directives,
    IReadOnlyList<string> Missing,
    IReadOnlyList<string> Warnings,
    IReadOnlyDictionary<string, IReadOnlyList<string>> ImpossibleDates);
