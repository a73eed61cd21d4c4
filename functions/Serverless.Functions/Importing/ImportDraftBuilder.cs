using System.Globalization;
using Serverless.Notices;

namespace Serverless.Functions.Importing;

/// <summary>Turns a parsed notice into a pre-filled import request: one task per lead agency of each directive, groups expanded.</summary>
public sealed class ImportDraftBuilder(ImportPlanner planner)
{
    /// <summary>Builds the draft.</summary>
    public ImportDraft Build(ParsedNotice parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var planned = planner.Plan(parsed);
        var unmatched = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var impossible = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var directives = new List<DirectiveImportRequest?>();
        var views = new List<DraftDirective>();
        var missing = ImportPlanner.Missing(parsed, planned);
        var warnings = new List<string>();
        for (var i = 0; i < parsed.Directives.Count; i++)
        {
            var directive = parsed.Directives[i];
            var plan = planned[i];
            var dates = directive.Deadlines.Where(d => d.Kind == DeadlineKind.Explicit && d.Date is not null)
                .Select(d => d.Date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Distinct().ToList();
            // A time limit whose date does not exist still makes the task dated: its deadlines stay empty, so the
            // import refuses the draft until the clerk writes the intended date.
            var impossibleDates = directive.Deadlines.Where(d => d.Kind == DeadlineKind.Explicit && d.Date is null).Select(d => d.Phrase).ToList();
            var timing = directive.Conditional ? "conditional" : dates.Count > 0 || impossibleDates.Count > 0 ? "dated" : "regular";
            var title = TaskTitles.From(directive.Text);

            directives.Add(new DirectiveImportRequest
            {
                Number = directive.Number,
                Text = directive.Text,
                Tasks = plan.Leads.Select(lead => (TaskImportRequest?)new TaskImportRequest
                {
                    Title = title,
                    Content = directive.Text,
                    LeadAgency = lead,
                    CoordinatingAgencies = [.. plan.Coordinating],
                    Timing = timing,
                    Deadlines = timing == "dated" ? [.. dates] : [],
                }).ToList(),
            });
            if (impossibleDates.Count > 0) impossible[directive.Number.ToString(CultureInfo.InvariantCulture)] = impossibleDates;
            views.Add(new DraftDirective(directive.Number, title, plan.Groups, plan.LeadSource, plan.Leads.Count));
            if (plan.Unmatched.Count > 0)
            {
                unmatched[directive.Number.ToString(CultureInfo.InvariantCulture)] = plan.Unmatched;
                warnings.Add($"Mục {directive.Number}: chưa khớp cơ quan nào với: {string.Join("; ", plan.Unmatched)}.");
            }
        }

        var issuedOn = parsed.IssuedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var draft = new NoticeImportRequest
        {
            Id = NoticeIds.Suggest(parsed.Issuer, parsed.Number, parsed.IssuedOn),
            Number = parsed.Number,
            Title = parsed.Title,
            Issuer = parsed.Issuer,
            IssuedOn = issuedOn,
            MeetingDate = parsed.MeetingDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Directives = directives,
        };
        if (parsed.Number is null) warnings.Insert(0, "Không thấy số hiệu văn bản (hoặc số để trống): điền nếu thông báo có số.");
        if (parsed.IssuedOnInferred && issuedOn is not null) warnings.Insert(0, $"Ngày ban hành {issuedOn} được suy ra từ nội dung, không phải từ dòng ngày tháng của văn bản: kiểm tra lại.");
        return new ImportDraft(parsed, draft, unmatched, views, missing, warnings, impossible);
    }
}
