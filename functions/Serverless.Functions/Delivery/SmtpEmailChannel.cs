using System.Collections.Concurrent;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using Serverless.Functions.Dispatch;
using Serverless.Grains.Storage;

namespace Serverless.Functions.Delivery;

/// <summary>
/// Email over SMTP with MailKit, through a small pool of open connections (connecting per message would cost more
/// than the send). A 4xx reply or a lost connection is transient; a 5xx reply is a refusal for good.
/// </summary>
public sealed class SmtpEmailChannel(IOptions<SmtpOptions> options, EmailComposer composer) : IDeliveryChannel, IAsyncDisposable
{
    private readonly ConcurrentBag<SmtpClient> idle = [];
    private readonly SemaphoreSlim slots = new(Math.Max(1, options.Value.PoolSize));

    /// <inheritdoc />
    public string Name => DeliveryChannels.Email;

    /// <inheritdoc />
    public async Task<string> SendAsync(NotificationMessageBody notification, DeliveryTarget target, TaskIndexEntry? task, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.IsConfigured) throw new PermanentDeliveryException("Chưa cấu hình máy chủ SMTP (Smtp__Host).");
        using var message = composer.Compose(notification, target, task);

        await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        SmtpClient? client = null;
        try
        {
            client = idle.TryTake(out var open) && open.IsConnected ? open : await ConnectAsync(settings, cancellationToken).ConfigureAwait(false);
            var answer = await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
            idle.Add(client);
            client = null;
            return answer;
        }
        catch (SmtpCommandException e) when ((int)e.StatusCode >= 500)
        {
            throw new PermanentDeliveryException($"Máy chủ thư từ chối ({(int)e.StatusCode}): {e.Message}", e);
        }
        catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or IOException or SocketException or
                                      ServiceNotConnectedException or AuthenticationException or TimeoutException or CommandException)
        {
            throw new TransientDeliveryException($"Gửi thư tới {target.Address} chưa được: {e.GetType().Name}: {e.Message}", e);
        }
        finally
        {
            if (client is not null) await CloseAsync(client).ConfigureAwait(false);
            slots.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        while (idle.TryTake(out var client)) await CloseAsync(client).ConfigureAwait(false);
        slots.Dispose();
    }

    private static async Task<SmtpClient> ConnectAsync(SmtpOptions settings, CancellationToken cancellationToken)
    {
        var client = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(settings.Host!, settings.Port, settings.Security, cancellationToken).ConfigureAwait(false);
            if (!string.IsNullOrEmpty(settings.UserName))
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken).ConfigureAwait(false);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private static async Task CloseAsync(SmtpClient client)
    {
        try
        {
            if (client.IsConnected) await client.DisconnectAsync(quit: true).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Closing a broken connection may fail in any way; it is discarded either way.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
        client.Dispose();
    }
}
