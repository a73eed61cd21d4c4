using Serverless.Tracking;
using Serverless.Notices;

namespace Serverless.Functions.Importing;

/// <summary>
/// Maps agency names found in a notice's text to the deployment's agency codes, comparing the parser's name keys
/// (case, tone placement and abbreviations such as UBND or Sở KH&amp;ĐT folded).
/// </summary>
public sealed class AgencyCodeMatcher
{
    private readonly AgencyRegistry registry;
    private readonly List<(string Key, string Code)> keys;

    /// <summary>Builds the key table from the agency directory.</summary>
    public AgencyCodeMatcher(AgencyDirectory agencies, AgencyRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(agencies);
        this.registry = registry;
        keys = agencies.All.Select(a => (registry.NameKey(a.Name), a.Code)).ToList();
    }

    /// <summary>The agency code for a name, or null when no agency of the list matches it exactly.</summary>
    public string? CodeFor(ParsedAgency agency)
    {
        ArgumentNullException.ThrowIfNull(agency);
        foreach (var name in new[] { agency.Canonical, agency.Name }.OfType<string>())
        {
            var key = registry.NameKey(name);
            // Exact key first; otherwise a unique list entry that the name ends with ("Sở Xây dựng tỉnh" -> "Sở Xây dựng").
            var exact = keys.Where(k => k.Key == key).Select(k => k.Code).FirstOrDefault();
            if (exact is not null) return exact;
            var partial = keys.Where(k => key.StartsWith(k.Key + " ", StringComparison.Ordinal)).Select(k => k.Code).ToList();
            if (partial.Count == 1) return partial[0];
        }
        return null;
    }
}
