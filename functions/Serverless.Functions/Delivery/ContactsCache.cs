using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Serverless.Functions.Delivery;

/// <summary>
/// An agency's contacts, read from the table at most once per <see cref="DeliveryOptions.ContactsCacheDuration"/>
/// (a backlog of thousands of notifications for one agency reads its row once). An edit in this process is seen
/// at once; other instances see it within the cache duration.
/// </summary>
public sealed class ContactsCache(AgencyContactsStore store, IOptions<DeliveryOptions> options, TimeProvider? time = null)
{
    private readonly ConcurrentDictionary<string, (AgencyContacts? Contacts, DateTimeOffset ReadAt)> entries = new(StringComparer.Ordinal);
    private readonly TimeProvider time = time ?? TimeProvider.System;

    /// <summary>The agency's contacts (null when none were stored).</summary>
    public async Task<AgencyContacts?> GetAsync(string agencyCode, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (entries.TryGetValue(agencyCode, out var entry) && now - entry.ReadAt < options.Value.ContactsCacheDuration) return entry.Contacts;
        var contacts = await store.GetAsync(agencyCode, cancellationToken).ConfigureAwait(false);
        entries[agencyCode] = (contacts, now);
        return contacts;
    }

    /// <summary>Forgets an agency after its contacts were edited here.</summary>
    public void Invalidate(string agencyCode) => entries.TryRemove(agencyCode, out _);
}
