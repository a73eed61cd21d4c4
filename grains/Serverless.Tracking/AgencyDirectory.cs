using System.Text.Json;

namespace Serverless.Tracking;

/// <summary>
/// The agencies and groups known to this deployment: the in-memory read side every component asks. The office's
/// directory lives in Table Storage; the host loads it at start and calls <see cref="Replace"/> whenever it changes, so
/// holders of this instance always read the latest validated snapshot. Thread-safe.
/// </summary>
public sealed class AgencyDirectory
{
    private static readonly JsonSerializerOptions FileJson = new(JsonSerializerDefaults.Web);
    private volatile AgencyDirectorySnapshot snapshot;

    /// <summary>Builds and validates the directory; throws naming the bad entry.</summary>
    public AgencyDirectory(AgencyDirectoryFile file) => snapshot = new AgencyDirectorySnapshot(file, 0);

    /// <summary>Code of the leadership recipient.</summary>
    public string Leadership => snapshot.Leadership;

    /// <summary>Code of the default supervising office.</summary>
    public string SupervisingOffice => snapshot.SupervisingOffice;

    /// <summary>Bumped on every <see cref="Replace"/>: caches built from the directory compare it.</summary>
    public long Version => snapshot.Version;

    /// <summary>The current snapshot: read it once when several answers must agree.</summary>
    public AgencyDirectorySnapshot Current => snapshot;

    /// <summary>All agencies, retired ones included, by code.</summary>
    public IEnumerable<Agency> All => snapshot.Agencies;

    /// <summary>All groups.</summary>
    public IEnumerable<AgencyGroup> Groups => snapshot.Groups;

    /// <summary>Loads agencies.json from a path.</summary>
    public static AgencyDirectory Load(string path) => new(ReadFile(path));

    /// <summary>Reads and deserialises a directory file without validating it.</summary>
    public static AgencyDirectoryFile ReadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<AgencyDirectoryFile>(stream, FileJson)
            ?? throw new InvalidOperationException($"{path} is empty.");
    }

    /// <summary>Validates <paramref name="file"/> and makes it the directory every reader sees; throws (changing nothing) when invalid.</summary>
    public void Replace(AgencyDirectoryFile file)
    {
        var current = snapshot;
        snapshot = new AgencyDirectorySnapshot(file, current.Version + 1);
    }

    /// <summary>The directory as a file (for storing or editing a copy).</summary>
    public AgencyDirectoryFile ToFile() => snapshot.ToFile();

    /// <summary>True when the code names a known agency, retired or not.</summary>
    public bool Contains(string code) => snapshot.Contains(code);

    /// <summary>True when the code names an agency that may receive new tasks.</summary>
    public bool IsActive(string code) => snapshot.IsActive(code);

    /// <summary>The agency with a code; throws when unknown.</summary>
    public Agency Get(string code) => snapshot.Get(code);

    /// <summary>The active members of a group, by code, in code order; empty for an unknown or retired group.</summary>
    public IReadOnlyList<string> MembersOf(string groupCode) => snapshot.MembersOf(groupCode);

    /// <summary>Who receives each ladder level for a task led by <paramref name="leadAgency"/>.</summary>
    public Recipients RecipientsFor(string leadAgency, IReadOnlyList<string>? coordinating = null) =>
        snapshot.RecipientsFor(leadAgency, coordinating);
}
