using System.Text.RegularExpressions;
using Azure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Serverless.Functions.Auth;
using Serverless.Functions.Delivery;
using Serverless.Tracking;
using Serverless.Grains.Storage;

namespace Serverless.Functions.Http;

/// <summary>
/// Operators' view of delivery: notifications the dispatcher gave up on and putting them back in line; deliveries
/// (emails, webhooks) refused, given up on or without contacts, and retrying them.
/// </summary>
public sealed partial class OperationsFunctions(
    ApiGate gate, NotificationOutbox outbox, DeliveryLedger ledger, NotificationDelivery delivery, TrackingClock clock)
{
    /// <summary>Failed notifications across agencies, paged: ids, recipient, attempts and the last error only.</summary>
    [Function("ListFailedNotifications")]
    public Task<IActionResult> ListFailedAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "operations/notifications/failed")] HttpRequest request,
        CancellationToken cancellationToken) => gate.RunAsync(request, [Roles.Operator], async _ =>
    {
        var (pageSize, token, problem) = Paging.Read(request);
        if (problem is not null) return problem;
        try
        {
            var page = await outbox.ListFailedAsync(token, pageSize, cancellationToken);
            return ApiResults.Json(new { items = page.Items, continuationToken = Paging.Encode(page.ContinuationToken) });
        }
        catch (RequestFailedException e) when (e.Status == 400)
        {
            return Paging.InvalidToken();
        }
    });

    /// <summary>Puts a failed notification back to pending; the next dispatch run delivers it.</summary>
    [Function("RedispatchNotification")]
    public Task<IActionResult> RedispatchAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "operations/notifications/{recipient}/{notificationId}/redispatch")] HttpRequest request,
        string recipient, string notificationId, CancellationToken cancellationToken) => gate.RunAsync(request, [Roles.Operator], async _ =>
    {
        if (!KeyShape().IsMatch(recipient)) return ApiResults.Invalid("recipient", "Mã cơ quan nhận không hợp lệ.");
        if (!KeyShape().IsMatch(notificationId)) return ApiResults.Invalid("notificationId", "Mã thông báo không hợp lệ.");

        // Delivered in process, a notification given up on also had its copies given up on in the delivery ledger;
        // they are reopened before it is back in line, or the next delivery would find them settled and send nothing.
        return await outbox.RedispatchAsync(recipient, notificationId, clock.Now,
            token => ledger.ReopenAsync(notificationId, token), cancellationToken) switch
        {
            RedispatchOutcome.Redispatched => ApiResults.Json(new { notificationId, recipient, dispatchState = DispatchStates.Pending }, 202),
            RedispatchOutcome.NotFailed => ApiResults.Conflict($"Thông báo '{notificationId}' không ở trạng thái gửi thất bại."),
            _ => ApiResults.NotFound($"Không có thông báo '{notificationId}' gửi cho '{recipient}'."),
        };
    });

    /// <summary>Deliveries operators must look at: refused, given up on, or for an agency without contacts. Ids and addresses only.</summary>
    [Function("ListFailedDeliveries")]
    public Task<IActionResult> ListFailedDeliveriesAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "operations/deliveries/failed")] HttpRequest request,
        CancellationToken cancellationToken) => gate.RunAsync(request, [Roles.Operator], async _ =>
    {
        var (pageSize, token, problem) = Paging.Read(request);
        if (problem is not null) return problem;
        try
        {
            var (items, next) = await ledger.ListFailedAsync(token, pageSize, cancellationToken);
            return ApiResults.Json(new { items, continuationToken = Paging.Encode(next) });
        }
        catch (RequestFailedException e) when (e.Status == 400)
        {
            return Paging.InvalidToken();
        }
    });

    /// <summary>
    /// Delivers a listed notification again now, reading the agency's contacts afresh; copies already delivered are
    /// not sent again. 200 with what was sent; 502 when it still fails (it stays listed).
    /// </summary>
    [Function("RetryDelivery")]
    public Task<IActionResult> RetryDeliveryAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "operations/deliveries/{notificationId}/retry")] HttpRequest request,
        string notificationId, CancellationToken cancellationToken) => gate.RunAsync(request, [Roles.Operator], async _ =>
    {
        if (!KeyShape().IsMatch(notificationId)) return ApiResults.Invalid("notificationId", "Mã thông báo không hợp lệ.");
        if (await ledger.ReopenAsync(notificationId, cancellationToken) is not { } body)
            return ApiResults.NotFound($"Thông báo '{notificationId}' không có lần gửi nào thất bại.");
        try
        {
            var report = await delivery.DeliverAsync(body, cancellationToken);
            // Delivered: a notification the dispatcher had given up on (in process) is settled too, not left listed as failed.
            if (!report.NoContacts) await outbox.ResolveFailedAsync(body.Recipient, notificationId, clock.Now, cancellationToken);
            return ApiResults.Json(new { notificationId, report.Sent, report.AlreadyDone, report.Refused, report.NoContacts });
        }
        catch (DeliveryIncompleteException e)
        {
            await delivery.GiveUpAsync(body, e.Message, cancellationToken);
            return ApiResults.Problem(502, "Gửi lại chưa thành công", e.Message);
        }
    });

    // Table keys forbid '/', '\', '#', '?' and control characters; ids and agency codes never need them.
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$")]
    private static partial Regex KeyShape();
}
