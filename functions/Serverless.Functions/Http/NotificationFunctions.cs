using Azure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Serverless.Functions.Auth;
using Serverless.Tracking;
using Serverless.Grains.Storage;

namespace Serverless.Functions.Http;

/// <summary>An agency's inbox: the reminders and escalations addressed to it, newest first.</summary>
public sealed class NotificationFunctions(ApiGate gate, NotificationOutbox outbox, AgencyDirectory agencies)
{
    /// <summary>
    /// The agency's notifications, newest first, paged. Leaders and the office read any inbox; an agency reads its
    /// own, and another agency's inbox answers 404 like an unknown one (no existence leak).
    /// </summary>
    [Function("ListAgencyNotifications")]
    public Task<IActionResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "agencies/{agencyCode}/notifications")] HttpRequest request,
        string agencyCode, CancellationToken cancellationToken) =>
        gate.RunAsync(request, [Roles.Leader, Roles.Office, Roles.Agency], async caller =>
        {
            if (!agencies.Contains(agencyCode) || (!caller.ReadsEverything && caller.Agency != agencyCode))
                return ApiResults.NotFound($"Không có cơ quan '{agencyCode}'.");
            var (pageSize, token, problem) = Paging.Read(request);
            if (problem is not null) return problem;
            try
            {
                var page = await outbox.ListForRecipientAsync(agencyCode, token, pageSize, cancellationToken);
                return ApiResults.Json(new { items = page.Items, continuationToken = Paging.Encode(page.ContinuationToken) });
            }
            catch (RequestFailedException e) when (e.Status == 400)
            {
                return Paging.InvalidToken();
            }
        });
}
