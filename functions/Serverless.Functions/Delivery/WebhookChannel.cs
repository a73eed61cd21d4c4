using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using CloudNative.CloudEvents;
using CloudNative.CloudEvents.SystemTextJson;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Serverless.Functions.Dispatch;
using Serverless.Functions.Http;
using Serverless.Grains.Storage;
using StandardWebhooks;

namespace Serverless.Functions.Delivery;

/// <summary>
/// POSTs a notification to the agency's own system as a CloudEvents 1.0 JSON event (structured mode), signed per
/// Standard Webhooks: <c>webhook-id</c> is derived from the notification id (so retries and redeliveries carry the
/// same id and the receiver can drop repeats), <c>webhook-timestamp</c> is the sending time, <c>webhook-signature</c>
/// the HMAC-SHA256 of both and the body under the agency's secret. An answer slower than
/// <see cref="DeliveryOptions.WebhookTimeout"/>, a 5xx or a network failure is transient (retried); a 4xx, or a
/// redirect (never followed), is a refusal for good.
/// </summary>
public sealed class WebhookChannel : IDeliveryChannel, IDisposable
{
    /// <summary>CloudEvents type prefix; the notification's kind (reminder, escalation, ...) follows.</summary>
    public const string EventTypePrefix = "vn.theodoi.notification.";

    private static readonly JsonEventFormatter Formatter = new(ApiJson.Options, default);
    private readonly ContactsCache contacts;
    private readonly IOptions<DeliveryOptions> options;
    private readonly HttpClient http;

    /// <summary>Builds the HTTP client; outside Development it connects to public addresses only.</summary>
    public WebhookChannel(ContactsCache contacts, IOptions<DeliveryOptions> options, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        this.contacts = contacts;
        this.options = options;
        var handler = new SocketsHttpHandler
        {
            // A redirect could lead past the checks made on the stored URL.
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = options.Value.WebhookTimeout,
        };
        // The URL was checked when stored, but its name may resolve to an internal address since (DNS rebinding):
        // the address actually connected to is checked too.
        if (!environment.IsDevelopment()) handler.ConnectCallback = ConnectPublicOnlyAsync;
        http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <inheritdoc />
    public string Name => DeliveryChannels.Webhook;

    /// <summary>The Standard Webhooks message id of a notification: the same on every retry.</summary>
    public static string WebhookIdOf(string notificationId) =>
        "msg_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(notificationId)))[..32];

    /// <inheritdoc />
    public async Task<string> SendAsync(NotificationMessageBody notification, DeliveryTarget target, TaskIndexEntry? task, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        ArgumentNullException.ThrowIfNull(target);
        var agency = await contacts.GetAsync(notification.Recipient, cancellationToken).ConfigureAwait(false);
        if (agency?.Webhook is not { } webhook || !string.Equals(webhook.Url.AbsoluteUri, target.Address, StringComparison.Ordinal))
            throw new PermanentDeliveryException($"Cơ quan {notification.Recipient} không còn cấu hình webhook {target.Address}.");

        var settings = options.Value;
        var body = Formatter.EncodeStructuredModeMessage(EventOf(notification, task, settings), out var contentType);
        var payload = Encoding.UTF8.GetString(body.Span);
        // The receiver checks the timestamp against its own clock (5 min tolerance): it is real time, not the
        // product's business clock, which a local run may have moved.
        var sentAt = TimeProvider.System.GetUtcNow();
        var id = WebhookIdOf(notification.Id);
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook.Url);
        request.Content = new ByteArrayContent(body.ToArray());
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType.ToString());
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", sentAt.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", new StandardWebhook(webhook.Secret).Sign(id, sentAt, payload));

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.WebhookTimeout);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TransientDeliveryException($"Webhook {target.Address} không trả lời trong {settings.WebhookTimeout.TotalSeconds:0.###} giây.", e);
        }
        catch (HttpRequestException e) when (e.InnerException is InternalTargetException refused)
        {
            throw new PermanentDeliveryException($"Webhook {target.Address}: {refused.Message}", e);
        }
        catch (HttpRequestException e)
        {
            throw new TransientDeliveryException($"Không kết nối được webhook {target.Address}: {e.Message}", e);
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            var answer = $"{status} {response.ReasonPhrase}".TrimEnd();
            return status switch
            {
                >= 200 and < 300 => answer,
                >= 500 => throw new TransientDeliveryException($"Webhook {target.Address} trả lời lỗi {answer}."),
                >= 400 => throw new PermanentDeliveryException($"Webhook {target.Address} từ chối ({answer})."),
                _ => throw new PermanentDeliveryException($"Webhook {target.Address} trả lời {answer}; chuyển hướng không được theo."),
            };
        }
    }

    /// <summary>The CloudEvent of a notification: id = notification id, source = the task's link, subject = task id.</summary>
    public static CloudEvent EventOf(NotificationMessageBody notification, TaskIndexEntry? task, DeliveryOptions settings)
    {
        ArgumentNullException.ThrowIfNull(notification);
        ArgumentNullException.ThrowIfNull(settings);
        var link = settings.TaskUrl(notification.TaskId);
        return new CloudEvent
        {
            Id = notification.Id,
            Type = EventTypePrefix + notification.Kind,
            Source = new Uri(link, UriKind.RelativeOrAbsolute),
            Subject = notification.TaskId,
            Time = notification.ScheduledFor,
            DataContentType = "application/json",
            Data = new WebhookEventData(notification.Id, notification.Recipient, notification.Kind, notification.Level, notification.Stage,
                notification.TaskId, task?.NoticeNumber, task?.DirectiveNumber, task?.Content, notification.DueDate, notification.ScheduledFor,
                notification.Message, link),
        };
    }

    /// <inheritdoc />
    public void Dispose() => http.Dispose();

    private static async ValueTask<Stream> ConnectPublicOnlyAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        if (addresses.Length == 0 || addresses.Any(NetworkTargets.IsInternal))
            throw new InternalTargetException($"{host} trỏ tới địa chỉ nội bộ; webhook chỉ được gửi tới địa chỉ công khai.");
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
