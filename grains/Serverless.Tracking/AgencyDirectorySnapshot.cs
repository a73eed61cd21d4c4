using System.Text.RegularExpressions;

namespace Serverless.Tracking;

/// <summary>One validated, immutable state of the agency directory.</summary>
public sealed partial class AgencyDirectorySnapshot
{
    private readonly Dictionary<string, Agency> byCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AgencyGroup> groups = new(StringComparer.Ordinal);

    /// <summary>Validates the file; throws <see cref="InvalidOperationException"/> naming the bad entry.</summary>
    public AgencyDirectorySnapshot(AgencyDirectoryFile file, long version)
    {
        ArgumentNullException.ThrowIfNull(file);
        Version = version;
        foreach (var agency in file.Agencies ?? [])
        {
            if (agency is null)
                throw new InvalidOperationException("agencies.json: an agency entry is null.");
            if (!IsValidCode(agency.Code))
                throw new InvalidOperationException($"agencies.json: code '{agency.Code}' must be 2-32 characters A-Z, 0-9 or '-'.");
            if (string.IsNullOrWhiteSpace(agency.Name))
                throw new InvalidOperationException($"agencies.json: agency '{agency.Code}' has no name.");
            if (agency.Kind is not null && !AgencyKinds.IsKnown(agency.Kind))
                throw new InvalidOperationException($"agencies.json: agency '{agency.Code}' has unknown kind '{agency.Kind}'.");
            var normalized = agency with
            {
                Name = agency.Name.Normalize().Trim(),
                Aliases = agency.AliasList.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Normalize().Trim()).Distinct(StringComparer.Ordinal).ToList(),
            };
            if (!byCode.TryAdd(agency.Code, normalized))
                throw new InvalidOperationException($"agencies.json: code '{agency.Code}' appears twice.");
        }

        Leadership = Require(file.Leadership, "leadership");
        SupervisingOffice = Require(file.SupervisingOffice, "supervisingOffice");
        foreach (var agency in byCode.Values.Where(a => a.Supervisor is not null && !byCode.ContainsKey(a.Supervisor)))
            throw new InvalidOperationException($"agencies.json: agency '{agency.Code}' names unknown supervisor '{agency.Supervisor}'.");

        foreach (var group in file.Groups ?? [])
        {
            if (group is null)
                throw new InvalidOperationException("agencies.json: a group entry is null.");
            if (!IsValidCode(group.Code) || byCode.ContainsKey(group.Code))
                throw new InvalidOperationException($"agencies.json: group code '{group.Code}' must be 2-32 characters A-Z, 0-9 or '-' and differ from every agency code.");
            if (string.IsNullOrWhiteSpace(group.Name))
                throw new InvalidOperationException($"agencies.json: group '{group.Code}' has no name.");
            if (group.KindList.FirstOrDefault(k => !AgencyKinds.IsKnown(k)) is { } kind)
                throw new InvalidOperationException($"agencies.json: group '{group.Code}' has unknown kind '{kind}'.");
            if (group.MemberList.FirstOrDefault(m => !byCode.ContainsKey(m)) is { } member)
                throw new InvalidOperationException($"agencies.json: group '{group.Code}' names unknown agency '{member}'.");
            var normalized = group with
            {
                Name = group.Name.Normalize().Trim(),
                Aliases = group.AliasList.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Normalize().Trim()).Distinct(StringComparer.Ordinal).ToList(),
            };
            if (!groups.TryAdd(group.Code, normalized))
                throw new InvalidOperationException($"agencies.json: group '{group.Code}' appears twice.");
        }
    }

    /// <summary>Bumped by each replacement.</summary>
    public long Version { get; }

    /// <summary>Code of the leadership recipient.</summary>
    public string Leadership { get; }

    /// <summary>Code of the default supervising office.</summary>
    public string SupervisingOffice { get; }

    /// <summary>All agencies, retired ones included.</summary>
    public IEnumerable<Agency> Agencies => byCode.Values;

    /// <summary>All groups.</summary>
    public IEnumerable<AgencyGroup> Groups => groups.Values;

    /// <summary>True for a well-formed agency or group code.</summary>
    public static bool IsValidCode(string? code) => code is not null && CodeShape().IsMatch(code);

    /// <summary>True when the code names a known agency, retired or not.</summary>
    public bool Contains(string code) => byCode.ContainsKey(code);

    /// <summary>True when the code names an agency that may receive new tasks.</summary>
    public bool IsActive(string code) => byCode.TryGetValue(code, out var agency) && !agency.Retired;

    /// <summary>The agency with a code; throws when unknown.</summary>
    public Agency Get(string code) => byCode.TryGetValue(code, out var agency)
        ? agency
        : throw new KeyNotFoundException($"Unknown agency '{code}'.");

    /// <summary>The agency with a code, or null.</summary>
    public Agency? Find(string code) => byCode.GetValueOrDefault(code);

    /// <summary>The group with a code, or null.</summary>
    public AgencyGroup? FindGroup(string code) => groups.GetValueOrDefault(code);

    /// <summary>The active members of a group, by code, in code order; empty for an unknown or retired group.</summary>
    public IReadOnlyList<string> MembersOf(string groupCode)
    {
        if (!groups.TryGetValue(groupCode, out var group) || group.Retired)
            return [];
        return [.. byCode.Values
            .Where(a => !a.Retired && (group.MemberList.Contains(a.Code) || group.KindList.Contains(a.KindOrDefault)))
            .Where(a => a.Code != Leadership)
            .Select(a => a.Code)
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Who receives each ladder level for a task led by <paramref name="leadAgency"/>.</summary>
    public Recipients RecipientsFor(string leadAgency, IReadOnlyList<string>? coordinating = null) =>
        new(leadAgency, Get(leadAgency).Supervisor ?? SupervisingOffice, Leadership, coordinating ?? []);

    /// <summary>This state as a file.</summary>
    public AgencyDirectoryFile ToFile() => new()
    {
        Leadership = Leadership,
        SupervisingOffice = SupervisingOffice,
        Agencies = [.. byCode.Values],
        Groups = [.. groups.Values],
    };

    private string Require(string code, string field) => !string.IsNullOrEmpty(code) && byCode.ContainsKey(code)
        ? code
        : throw new InvalidOperationException($"agencies.json: '{field}' must name an agency of the list (got '{code}').");

    [GeneratedRegex("^[A-Z0-9-]{2,32}$")]
    private static partial Regex CodeShape();
}
