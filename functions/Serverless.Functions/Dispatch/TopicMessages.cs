using System.Globalization;
using System.Text.Json;
using Azure.Messaging.ServiceBus;
using Serverless.Functions.Http;
using Serverless.Grains.Storage;

namespace Serverless.Functions.Dispatch;

/// <summary>Turns an outbox row into the Service Bus message subscribers filter and read.</summary>
public static class TopicMessages
{
    /// <summary>
    /// MessageId = notification id, so the topic's duplicate detection drops a resend; Subject = kind; the
    /// properties the subscriptions filter on; a JSON body.
    /// </summary>
    public static ServiceBusMessage Create(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var body = BodyOf(notification);
        var message = new ServiceBusMessage(BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(body, ApiJson.Options)))
        {
            MessageId = notification.Id,
            Subject = notification.Kind,
            ContentType = "application/json; charset=utf-8",
        };
        message.ApplicationProperties[NotificationTopology.AgencyProperty] = notification.Recipient;
        message.ApplicationProperties[NotificationTopology.LevelProperty] = notification.Level;
        message.ApplicationProperties[NotificationTopology.KindProperty] = notification.Kind;
        message.ApplicationProperties[NotificationTopology.TaskIdProperty] = notification.TaskId;
        message.ApplicationProperties[NotificationTopology.DueDateProperty] =
            notification.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return message;
    }

    /// <summary>The message body of an outbox row: what the delivery code reads, whichever transport carried it.</summary>
    public static NotificationMessageBody BodyOf(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return new NotificationMessageBody(notification.Id, notification.Recipient, notification.Kind, notification.Level,
            notification.Stage, notification.TaskId, notification.DueDate, notification.ScheduledFor, notification.Message);
    }

    /// <summary>Reads a message body back; null when it is not one.</summary>
    public static NotificationMessageBody? ReadBody(BinaryData body)
    {
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            return JsonSerializer.Deserialize<NotificationMessageBody>(body.ToMemory().Span, ApiJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
