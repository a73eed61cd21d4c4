using System.Globalization;
using Serverless.Notices;

namespace Serverless.Functions.Importing;

/// <summary>Turns a parsed notice into a pre-filled import request: one task per lead agency of each directive.</summary>
public sealed class ImportDraftBuilder(AgencyCodeMatcher matcher)
{
    /// <summary>Builds the draft.</summary>
    public ImportDraft Build(ParsedNotice parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var unmatched = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var impossible = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var directives = new List<DirectiveImportRequest?>();
        foreach (var directive in parsed.Directives)
        {
            var missing = new List<string>();
            string? Code(ParsedAgency a)
            {
                var code = matcher.CodeFor(a);
                if (code is null) missing.Add(a.Name);
                return code;
            }

            var leads = directive.Agencies.Where(a => a.Role == AgencyRole.Lead).Select(Code).OfType<string>().Distinct().ToList();
            var coordinating = directive.Agencies.Where(a => a.Role == AgencyRole.Coordinating).Select(Code).OfType<string>()
                .Distinct().Where(c => !leads.Contains(c)).ToList();
            var dates = directive.Deadlines.Where(d => d.Kind == DeadlineKind.Explicit && d.Date is not null)
                .Select(d => d.Date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Distinct().ToList();
            // A time limit whose date does not exist still makes the task dated: its deadlines stay empty, so the
            // import refuses the draft until the clerk writes the intended date.
            var impossibleDates = directive.Deadlines.Where(d => d.Kind == DeadlineKind.Explicit && d.Date is null).Select(d => d.Phrase).ToList();
            var timing = directive.Conditional ? "conditional" : dates.Count > 0 || impossibleDates.Count > 0 ? "dated" : "regular";

            directives.Add(new DirectiveImportRequest
            {
                Number = directive.Number,
                Text = directive.Text,
                Tasks = leads.Select(lead => (TaskImportRequest?)new TaskImportRequest
                {
                    Content = directive.Text,
                    LeadAgency = lead,
                    CoordinatingAgencies = [.. coordinating],
                    Timing = timing,
                    Deadlines = timing == "dated" ? [.. dates] : [],
                }).ToList(),
            });
            if (missing.Count > 0) unmatched[directive.Number.ToString(CultureInfo.InvariantCulture)] = missing.Distinct().ToList();
            if (impossibleDates.Count > 0) impossible[directive.Number.ToString(CultureInfo.InvariantCulture)] = impossibleDates;
        }

        var draft = new NoticeImportRequest
        {
            Title = parsed.Title,
            Issuer = parsed.Issuer,
            IssuedOn = parsed.DocumentDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            MeetingDate = parsed.MeetingDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Directives = directives,
        };
        return new ImportDraft(parsed, draft, unmatched, impossible);
    }
}
