using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Serverless.Functions.Auth;
using Serverless.Functions.Delivery;
using Serverless.Functions.Importing;
using Serverless.Tracking;

namespace Serverless.Functions.Http;

/// <summary>Who receives an agency's reminders and escalations: read by leaders, the office and the agency; edited by the office.</summary>
public sealed class ContactsFunctions(ApiGate gate, AgencyContactsStore store, ContactsCache cache, ContactsValidator validator, AgencyDirectory agencies, TrackingClock clock)
{
    private const int ChangesShown = 20;

    /// <summary>The agency's contacts, its webhook URL (never the secret) and the latest changes.</summary>
    [Function("GetAgencyContacts")]
    public Task<IActionResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "agencies/{agencyCode}/contacts")] HttpRequest request,
        string agencyCode, CancellationToken cancellationToken) =>
        gate.RunAsync(request, [Roles.Leader, Roles.Office, Roles.Agency], async caller =>
        {
            if (!agencies.Contains(agencyCode) || (!caller.ReadsEverything && caller.Agency != agencyCode))
                return ApiResults.NotFound($"Không có cơ quan '{agencyCode}'.");
            return ApiResults.Json(await ViewAsync(agencyCode, cancellationToken));
        });

    /// <summary>Replaces the agency's contacts (the office only); every change is audited with who and when.</summary>
    [Function("PutAgencyContacts")]
    public Task<IActionResult> PutAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "agencies/{agencyCode}/contacts")] HttpRequest request,
        string agencyCode, CancellationToken cancellationToken) =>
        gate.RunAsync(request, [Roles.Office], async caller =>
        {
            if (!agencies.Contains(agencyCode)) return ApiResults.NotFound($"Không có cơ quan '{agencyCode}'.");
            var body = await RequestBodyReader.ReadJsonAsync<ContactsRequest>(request, cancellationToken);
            if (body.Problem is not null) return body.Problem;

            var errors = new FieldErrors();
            var existing = await store.GetAsync(agencyCode, cancellationToken);
            var contacts = validator.Validate(agencyCode, body.Value!, existing, errors);
            if (contacts is null) return ApiResults.Invalid(errors.ToDictionary());

            await store.PutAsync(contacts, caller.Subject, caller.Role, clock.Now, cancellationToken);
            cache.Invalidate(agencyCode);
            return ApiResults.Json(await ViewAsync(agencyCode, cancellationToken));
        });

    /// <summary>
    /// The people of many agencies at once, from a CSV or Excel list (see <see cref="ContactListImport"/>): each agency
    /// named gets exactly the people listed (its webhook is kept); agencies not named are unchanged. Any bad row is
    /// named (<c>rows[N].field</c>) and nothing is stored. Office only.
    /// </summary>
    [Function("ImportAgencyContacts")]
    public Task<IActionResult> ImportAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "contacts/import")] HttpRequest request, CancellationToken cancellationToken) =>
        gate.RunAsync(request, [Roles.Office], async caller =>
        {
            var read = await RequestBodyReader.ReadListAsync(request, AgencyDirectoryFunctions.MaxListBytes, AgencyDirectoryFunctions.ExcelMediaType, cancellationToken);
            if (read.Problem is not null) return read.Problem;

            var errors = new FieldErrors();
            var rows = ContactListImport.Read(read.Value!.Bytes, read.Value.Excel, errors);
            if (rows is null) return ApiResults.Problem(422, "Danh sách người nhận không hợp lệ", "Không có người nhận nào được lưu.", errors.ToDictionary());

            var checkedLists = new List<AgencyContacts>();
            foreach (var agency in rows.GroupBy(r => r.Agency, StringComparer.Ordinal))
            {
                var first = agency.First().Number;
                if (!agencies.Contains(agency.Key))
                {
                    errors.Add($"rows[{first}].agency", $"Không có cơ quan '{agency.Key}'.");
                    continue;
                }
                var existing = await store.GetAsync(agency.Key, cancellationToken);
                // The webhook is not part of the list: keep it as it is (its stored secret too).
                var body = new ContactsRequest([.. agency.Select(r => r.Contact)],
                    existing?.Webhook is { } hook ? new WebhookRequest(hook.Url.AbsoluteUri, null) : null);
                var agencyErrors = new FieldErrors();
                if (validator.Validate(agency.Key, body, existing, agencyErrors) is { } valid) checkedLists.Add(valid);
                // A field the list could not read (a role or levels not understood) is named once, by the reading.
                var named = errors.ToDictionary();
                var numbers = agency.Select(r => r.Number).ToList();
                foreach (var (field, messages) in agencyErrors.ToDictionary())
                {
                    var rowField = RowField(field, numbers);
                    if (named.ContainsKey(rowField)) continue;
                    foreach (var message in messages) errors.Add(rowField, message);
                }
            }
            if (!errors.IsEmpty) return ApiResults.Problem(422, "Danh sách người nhận không hợp lệ", "Không có người nhận nào được lưu.", errors.ToDictionary());

            foreach (var contacts in checkedLists)
            {
                await store.PutAsync(contacts, caller.Subject, caller.Role, clock.Now, cancellationToken);
                cache.Invalidate(contacts.AgencyCode);
            }
            return ApiResults.Json(new { agencies = checkedLists.Count, contacts = checkedLists.Sum(c => c.Contacts.Count) });
        });

    // "contacts[2].email" of an agency's list is the third of its rows; anything else is about the agency's first row.
    private static string RowField(string field, List<int> rows)
    {
        var match = System.Text.RegularExpressions.Regex.Match(field, @"^contacts\[(\d+)\]\.(\w+)$");
        return match.Success && int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) is var i && i < rows.Count
            ? $"rows[{rows[i]}].{match.Groups[2].Value}"
            : $"rows[{rows[0]}].agency";
    }

    private async Task<ContactsView> ViewAsync(string agencyCode, CancellationToken cancellationToken)
    {
        var contacts = await store.GetAsync(agencyCode, cancellationToken);
        var changes = await store.ListChangesAsync(agencyCode, ChangesShown, cancellationToken);
        return new ContactsView(agencyCode, contacts?.Contacts ?? [],
            contacts?.Webhook is { } w ? new WebhookView(w.Url, w.Secret.Length > 0) : null, changes);
    }
}
