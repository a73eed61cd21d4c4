namespace Serverless.Notices;

/// <summary>
/// Decides who each directive's tasks go to: the lead agencies the parser found, groups expanded to their active
/// members, group phrases that open a sentence ("Các cấp, các ngành và các địa phương ..."), and, for an item that
/// names no subject, the notice's own addressees ("Kính gửi:", or the lead-in before the list).
/// </summary>
public sealed class ImportPlanner(AddresseeMatcher matcher, Tracking.AgencyDirectory directory)
{
    /// <summary>Source of leads named by the directive itself.</summary>
    public const string FromText = "text";

    /// <summary>Source of leads taken from the notice's addressees.</summary>
    public const string FromNotice = "notice";

    /// <summary>No lead found.</summary>
    public const string NoSource = "none";

    /// <summary>The plan of each directive, in notice order.</summary>
    public IReadOnlyList<DirectivePlan> Plan(ParsedNotice parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var snapshot = directory.Current;
        var noticeAddressees = parsed.Addressees.Select(a => matcher.Match(a.Canonical ?? a.Name) ?? matcher.Match(a.Name)).OfType<Addressee>().ToList();
        if (noticeAddressees.Count == 0 && parsed.LeadIn is { } leadIn)
            noticeAddressees = [.. matcher.FindAll(leadIn)];

        var plans = new List<DirectivePlan>(parsed.Directives.Count);
        foreach (var directive in parsed.Directives)
        {
            var unmatched = new List<string>();
            Addressee? Find(ParsedAgency agency)
            {
                var match = (agency.Canonical is null ? null : matcher.Match(agency.Canonical)) ?? matcher.Match(agency.Name);
                if (match is null && !unmatched.Contains(agency.Name))
                    unmatched.Add(agency.Name);
                return match;
            }

            var named = directive.Agencies.Where(a => a.Role == AgencyRole.Lead).Select(Find).OfType<Addressee>().ToList();
            foreach (var subject in matcher.GroupSubjects(directive.Text).Where(s => !named.Contains(s)))
                named.Add(subject);
            // The notice's addressees stand in only for an item that names no lead at all: names the directory does not
            // know must reach the clerk as unmatched, not be papered over.
            var namesLeads = directive.Agencies.Any(a => a.Role == AgencyRole.Lead);
            var useNotice = named.Count == 0 && !namesLeads;
            var source = named.Count > 0 ? FromText : useNotice && noticeAddressees.Count > 0 ? FromNotice : NoSource;
            var addressees = named.Count > 0 ? named : useNotice ? noticeAddressees : [];

            var leads = new List<string>();
            var groups = new List<GroupExpansion>();
            foreach (var who in addressees)
            {
                var members = who.IsGroup ? snapshot.MembersOf(who.Code) : snapshot.IsActive(who.Code) ? [who.Code] : [];
                if (who.IsGroup)
                    groups.Add(new GroupExpansion(who.Code, who.Name, members.Count));
                leads.AddRange(members.Where(m => !leads.Contains(m)));
            }

            var coordinating = directive.Agencies.Where(a => a.Role == AgencyRole.Coordinating).Select(Find).OfType<Addressee>()
                .Where(a => !a.IsGroup && snapshot.IsActive(a.Code) && !leads.Contains(a.Code)).Select(a => a.Code).Distinct().ToList();
            plans.Add(new DirectivePlan(directive.Number, leads, coordinating, groups, unmatched, leads.Count > 0 ? source : NoSource));
        }

        return plans;
    }

    /// <summary>
    /// The import fields a clerk must still fill for a draft of <paramref name="parsed"/>: the id (when neither the
    /// issuer nor a number or date suggests one), title, issuer, date of issue, and each directive left without a lead.
    /// </summary>
    public static IReadOnlyList<string> Missing(ParsedNotice parsed, IReadOnlyList<DirectivePlan> plans)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(plans);
        var missing = new List<string>();
        if (parsed.IssuedOn is null) missing.Add("issuedOn");
        if (parsed.Issuer is null) missing.Add("issuer");
        if (parsed.Title is null) missing.Add("title");
        if (NoticeIds.Suggest(parsed.Issuer, parsed.Number, parsed.IssuedOn) is null) missing.Add("id");
        for (var i = 0; i < plans.Count; i++)
        {
            if (plans[i].Leads.Count == 0)
                missing.Add($"directives[{i}].tasks");
        }

        return missing;
    }
}
