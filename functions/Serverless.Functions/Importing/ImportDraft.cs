using Serverless.Notices;

namespace Serverless.Functions.Importing;

/// <summary>
/// What POST /api/notices/parse returns: the parser's reading of the text, and a draft in the import format for the
/// clerk to check, complete (notice id, number, unmatched agencies) and send to POST /api/notices. Nothing is
/// tracked until then.
/// </summary>
/// <param name="Parsed">The parser's output (format of the samples README).</param>
/// <param name="Draft">The import body, pre-filled.</param>
/// <param name="UnmatchedAgencies">Names in the text that match no agency code, per directive number.</param>
/// <param name="ImpossibleDates">Deadline phrases whose date does not exist ("31/02/2026"), per directive number.</param>
public sealed record ImportDraft(ParsedNotice Parsed, NoticeImportRequest Draft, IReadOnlyDictionary<string, IReadOnlyList<string>> UnmatchedAgencies,
    IReadOnlyDictionary<string, IReadOnlyList<string>> ImpossibleDates);
