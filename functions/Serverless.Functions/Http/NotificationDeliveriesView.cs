using Serverless.Functions.Delivery;

namespace Serverless.Functions.Http;

/// <summary>Where one notification of a task went, as GET /api/tasks/{id} shows it.</summary>
/// <param name="NotificationId">The notification.</param>
/// <param name="Recipient">The agency it was for.</param>
/// <param name="Copies">One per channel and address: email to each contact, the webhook, or "none" when the agency had nobody.</param>
public sealed record NotificationDeliveriesView(string NotificationId, string Recipient, IReadOnlyList<DeliveryCopyView> Copies)
{
    /// <summary>Groups a task's receipts by notification, in notification id order, copies by channel and address.</summary>
    public static IReadOnlyList<NotificationDeliveriesView> From(IEnumerable<DeliveryReceipt> receipts) =>
        receipts.GroupBy(r => (r.NotificationId, r.Recipient))
            .OrderBy(g => g.Key.NotificationId, StringComparer.Ordinal)
            .Select(g => new NotificationDeliveriesView(g.Key.NotificationId, g.Key.Recipient,
                g.OrderBy(r => r.Channel, StringComparer.Ordinal).ThenBy(r => r.Address, StringComparer.Ordinal)
                    .Select(r => new DeliveryCopyView(r.Channel, r.Address, r.Outcome, r.At, r.Attempts, r.Detail)).ToList()))
            .ToList();
}
