using Microsoft.Extensions.Logging;
using Serverless.Grains;
using Serverless.Grains.Storage;
using Serverless.Notices;
using Serverless.Tracking;

namespace Serverless.Functions.Agencies;

/// <summary>
/// Keeps the in-memory <see cref="AgencyDirectory"/> in step with the office's directory in Table Storage: seeds the
/// table from agencies.json on a new deployment, reloads when the stored version moves, and applies the office's
/// changes (validated whole, alias clashes refused, audited, committed only over the version it read).
/// </summary>
public sealed partial class AgencyDirectoryService(
    AgencyDirectoryStore store, AgencyDirectory directory, AgencyRegistry registry, TrackingClock clock, ILogger<AgencyDirectoryService> logger)
{
    private const int Attempts = 5;
    private long loadedVersion = -1;

    /// <summary>The directory in memory.</summary>
    public AgencyDirectorySnapshot Current => directory.Current;

    /// <summary>Seeds the table from <paramref name="seed"/> when it holds no directory, then loads it.</summary>
    public async Task InitializeAsync(AgencyDirectoryFile seed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(seed);
        if (await store.SeedAsync(seed, new DirectoryAuditEntry(clock.Now, "system", "system", "seed", "*",
            $"Khởi tạo danh bạ từ agencies.json: {seed.Agencies.Count} cơ quan, {seed.Groups.Count} nhóm."), cancellationToken).ConfigureAwait(false))
            LogSeeded(logger, seed.Agencies.Count, seed.Groups.Count);
        await ReloadAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reloads the directory when another instance (or this one) changed it since the last load.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var version = await store.ReadVersionAsync(cancellationToken).ConfigureAwait(false);
        if (version is not null && version != Interlocked.Read(ref loadedVersion))
            await ReloadAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Applies an edit computed from the current stored directory; retried from a fresh read when another change
    /// committed meanwhile. Nothing is stored when the edit refuses, or the result would be an invalid directory.
    /// </summary>
    public async Task<DirectoryChangeResult> ChangeAsync(Func<AgencyDirectoryFile, DirectoryEdit> edit, Actor actor, int createdStatus, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edit);
        ArgumentNullException.ThrowIfNull(actor);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var read = await store.LoadAsync(cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("The agency directory has not been seeded.");
            var change = edit(Copy(read.File));
            if (!change.Errors.IsEmpty)
                return new DirectoryChangeResult(change.RefusalStatus, change.Errors.ToDictionary(), directory.Current);

            var next = Copy(read.File);
            foreach (var agency in change.Agencies)
            {
                next.Agencies.RemoveAll(a => a.Code == agency.Code);
                next.Agencies.Add(agency);
            }

            foreach (var group in change.Groups)
            {
                next.Groups.RemoveAll(g => g.Code == group.Code);
                next.Groups.Add(group);
            }

            AgencyDirectory candidate;
            try
            {
                candidate = new AgencyDirectory(next);
            }
            catch (InvalidOperationException e)
            {
                return Refused(422, "directory", e.Message.Replace("agencies.json: ", "", StringComparison.Ordinal));
            }

            if (Clashes(candidate, change) is { IsEmpty: false } clashes)
                return new DirectoryChangeResult(409, clashes.ToDictionary(), directory.Current);

            var audit = change.Audit.Select(a => new DirectoryAuditEntry(clock.Now, actor.Subject, actor.Role, a.Action, a.Target, a.Detail)).ToList();
            if (await store.CommitAsync(read, next, change.Agencies, change.Groups, audit, cancellationToken).ConfigureAwait(false))
            {
                await ReloadAsync(cancellationToken).ConfigureAwait(false);
                return new DirectoryChangeResult(createdStatus, new Dictionary<string, string[]>(), directory.Current);
            }
        }

        return Refused(409, "directory", "Danh bạ đang được thay đổi đồng thời; thử lại.");
    }

    private DirectoryChangeResult Refused(int status, string field, string message) =>
        new(status, new Dictionary<string, string[]> { [field] = [message] }, directory.Current);

    // A name or alias that another agency or group already answers to would make drafts ambiguous.
    private Importing.FieldErrors Clashes(AgencyDirectory candidate, DirectoryEdit change)
    {
        var matcher = new AddresseeMatcher(candidate, registry);
        var errors = new Importing.FieldErrors();
        foreach (var (code, names) in change.Agencies.Where(a => !a.Retired).Select(a => (a.Code, a.AliasList.Prepend(a.Name)))
            .Concat(change.Groups.Where(g => !g.Retired).Select(g => (g.Code, g.AliasList.Prepend(g.Name)))))
        {
            foreach (var name in names)
            {
                if (matcher.Owners(name).FirstOrDefault(o => o.Code != code) is { } other)
                    errors.Add("aliases", $"Tên “{name}” đã thuộc {other.Code} ({other.Name}).");
            }
        }

        return errors;
    }

    private async Task ReloadAsync(CancellationToken cancellationToken)
    {
        var stored = await store.LoadAsync(cancellationToken).ConfigureAwait(false);
        if (stored is null)
            return;
        directory.Replace(stored.File);
        Interlocked.Exchange(ref loadedVersion, stored.Version);
        LogLoaded(logger, stored.Version, stored.File.Agencies.Count, stored.File.Groups.Count);
    }

    private static AgencyDirectoryFile Copy(AgencyDirectoryFile file) => new()
    {
        Leadership = file.Leadership,
        SupervisingOffice = file.SupervisingOffice,
        Agencies = [.. file.Agencies],
        Groups = [.. file.Groups],
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Agency directory seeded with {Agencies} agencies and {Groups} groups")]
    private static partial void LogSeeded(ILogger logger, int agencies, int groups);

    [LoggerMessage(Level = LogLevel.Information, Message = "Agency directory version {Version} loaded: {Agencies} agencies, {Groups} groups")]
    private static partial void LogLoaded(ILogger logger, long version, int agencies, int groups);
}
