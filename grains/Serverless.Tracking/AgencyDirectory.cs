using System.Text.Json;
using System.Text.RegularExpressions;

namespace Serverless.Tracking;

/// <summary>The agencies known to this deployment, loaded from agencies.json and validated on load.</summary>
public sealed partial class AgencyDirectory
{
    private static readonly JsonSerializerOptions FileJson = new(JsonSerializerDefaults.Web);
    private readonly Dictionary<string, Agency> byCode;

    /// <summary>Builds and validates the directory; throws naming the bad entry.</summary>
    public AgencyDirectory(AgencyDirectoryFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        byCode = new Dictionary<string, Agency>(StringComparer.Ordinal);
        foreach (var agency in file.Agencies)
        {
            if (!CodeShape().IsMatch(agency.Code ?? ""))
                throw new InvalidOperationException($"agencies.json: code '{agency.Code}' must be 2-32 characters A-Z, 0-9 or '-'.");
            if (string.IsNullOrWhiteSpace(agency.Name))
                throw new InvalidOperationException($"agencies.json: agency '{agency.Code}' has no name.");
            if (!byCode.TryAdd(agency.Code!, agency with { Name = agency.Name.Normalize() }))
                throw new InvalidOperationException($"agencies.json: code '{agency.Code}' appears twice.");
        }

        Leadership = Require(file.Leadership, "leadership");
        SupervisingOffice = Require(file.SupervisingOffice, "supervisingOffice");
        foreach (var agency in byCode.Values.Where(a => a.Supervisor is not null && !byCode.ContainsKey(a.Supervisor)))
            throw new InvalidOperationException($"agencies.json: agency '{agency.Code}' names unknown supervisor '{agency.Supervisor}'.");
    }

    /// <summary>Code of the leadership recipient.</summary>
    public string Leadership { get; }

    /// <summary>Code of the default supervising office.</summary>
    public string SupervisingOffice { get; }

    /// <summary>All agencies, by code.</summary>
    public IEnumerable<Agency> All => byCode.Values;

    /// <summary>Loads agencies.json from a path.</summary>
    public static AgencyDirectory Load(string path)
    {
        using var stream = File.OpenRead(path);
        var file = JsonSerializer.Deserialize<AgencyDirectoryFile>(stream, FileJson)
            ?? throw new InvalidOperationException($"{path} is empty.");
        return new AgencyDirectory(file);
    }

    /// <summary>True when the code names a known agency.</summary>
    public bool Contains(string code) => byCode.ContainsKey(code);

    /// <summary>The agency with a code; throws when unknown.</summary>
    public Agency Get(string code) => byCode.TryGetValue(code, out var agency)
        ? agency
        : throw new KeyNotFoundException($"Unknown agency '{code}'.");

    /// <summary>Who receives each ladder level for a task led by <paramref name="leadAgency"/>.</summary>
    public Recipients RecipientsFor(string leadAgency, IReadOnlyList<string>? coordinating = null) =>
        new(leadAgency, Get(leadAgency).Supervisor ?? SupervisingOffice, Leadership, coordinating ?? []);

    private string Require(string code, string field) => !string.IsNullOrEmpty(code) && byCode.ContainsKey(code)
        ? code
        : throw new InvalidOperationException($"agencies.json: '{field}' must name an agency of the list (got '{code}').");

    [GeneratedRegex("^[A-Z0-9-]{2,32}$")]
    private static partial Regex CodeShape();
}
