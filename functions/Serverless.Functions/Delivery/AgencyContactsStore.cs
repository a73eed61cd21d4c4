using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using Serverless.Functions.Http;

namespace Serverless.Functions.Delivery;

/// <summary>
/// Contacts per agency in the contacts table, keyed by agency code (partition): one "current" row and one audit row
/// per change, written in one transaction, so no change goes unrecorded. Kept apart from the agency directory.
/// </summary>
public sealed class AgencyContactsStore(DeliveryTables tables)
{
    private const string CurrentRow = "current";
    private const string ChangePrefix = "change~";

    /// <summary>The agency's contacts; null when none were ever stored.</summary>
    public async Task<AgencyContacts?> GetAsync(string agencyCode, CancellationToken cancellationToken = default)
    {
        var row = await tables.Contacts.GetEntityIfExistsAsync<TableEntity>(agencyCode, CurrentRow, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        if (!row.HasValue) return null;
        var entity = row.Value!;
        var contacts = JsonSerializer.Deserialize<List<AgencyContact>>(entity.GetString("Contacts") ?? "[]", ApiJson.Options) ?? [];
        var webhook = entity.GetString("WebhookUrl") is { Length: > 0 } url
            ? new AgencyWebhook(new Uri(url), entity.GetString("WebhookSecret") ?? "")
            : null;
        return new AgencyContacts(agencyCode, contacts, webhook);
    }

    /// <summary>Replaces the agency's contacts and records who did it, atomically.</summary>
    public async Task PutAsync(AgencyContacts contacts, string subject, string role, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        var previous = await GetAsync(contacts.AgencyCode, cancellationToken).ConfigureAwait(false);
        var current = new TableEntity(contacts.AgencyCode, CurrentRow)
        {
            ["Contacts"] = JsonSerializer.Serialize(contacts.Contacts, ApiJson.Options),
            ["WebhookUrl"] = contacts.Webhook?.Url.AbsoluteUri ?? "",
            ["WebhookSecret"] = contacts.Webhook?.Secret ?? "",
            ["UpdatedAt"] = at,
            ["UpdatedBy"] = subject,
        };
        var change = new TableEntity(contacts.AgencyCode,
            $"{ChangePrefix}{DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks:D19}~{Guid.NewGuid():N}")
        {
            ["At"] = at,
            ["Subject"] = subject,
            ["Role"] = role,
            ["Contacts"] = contacts.Contacts.Count,
            ["WebhookUrl"] = contacts.Webhook?.Url.AbsoluteUri ?? "",
            ["SecretChanged"] = contacts.Webhook is { } w && w.Secret != previous?.Webhook?.Secret,
            ["Summary"] = Summarize(contacts),
        };
        await tables.Contacts.SubmitTransactionAsync(
            [new TableTransactionAction(TableTransactionActionType.UpsertReplace, current),
             new TableTransactionAction(TableTransactionActionType.Add, change)],
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The latest changes of an agency's contacts, newest first.</summary>
    public async Task<IReadOnlyList<ContactsChange>> ListChangesAsync(string agencyCode, int max, CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {agencyCode} and RowKey ge {ChangePrefix} and RowKey lt {"change\u007f"}");
        var changes = new List<ContactsChange>();
        await foreach (var e in tables.Contacts.QueryAsync<TableEntity>(filter, max, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            changes.Add(new ContactsChange(e.GetDateTimeOffset("At") ?? default, e.GetString("Subject") ?? "", e.GetString("Role") ?? "",
                e.GetInt32("Contacts") ?? 0, e.GetString("WebhookUrl") is { Length: > 0 } u ? u : null, e.GetBoolean("SecretChanged") ?? false,
                e.GetString("Summary") ?? ""));
            if (changes.Count >= max) break;
        }
        return changes;
    }

    // The audit's text is read by the office: the role in Vietnamese, the ladder levels the person receives.
    private static string Summarize(AgencyContacts contacts) => string.Join("; ", contacts.Contacts.Select(c =>
        string.Create(CultureInfo.InvariantCulture, $"{c.Name} ({RoleName(c.Role)}) <{c.Email}> nhận các mức {string.Join(", ", c.Levels)}")));

    private static string RoleName(ContactRole role) => role switch
    {
        ContactRole.Head => "Thủ trưởng",
        ContactRole.FocalPoint => "Đầu mối",
        ContactRole.Deputy => "Cấp phó",
        _ => role.ToString(),
    };
}
