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

    private async Task<ContactsView> ViewAsync(string agencyCode, CancellationToken cancellationToken)
    {
        var contacts = await store.GetAsync(agencyCode, cancellationToken);
        var changes = await store.ListChangesAsync(agencyCode, ChangesShown, cancellationToken);
        return new ContactsView(agencyCode, contacts?.Contacts ?? [],
            contacts?.Webhook is { } w ? new WebhookView(w.Url, w.Secret.Length > 0) : null, changes);
    }
}
