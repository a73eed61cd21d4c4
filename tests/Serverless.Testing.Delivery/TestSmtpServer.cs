using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using Serverless.Testing;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Serverless.Testing.Delivery;

/// <summary>
/// A real SMTP server (the SmtpServer package) on a free loopback port that records every message it accepts, and
/// can be told to refuse the next messages with a transient 451. A benchmark that sends thousands starts it without
/// keeping the messages: it then reads only their headers and counts each Message-ID.
/// </summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly ConcurrentQueue<MimeMessage> messages = new();
    private readonly ConcurrentDictionary<string, int> messageIds = new(StringComparer.Ordinal);
    private readonly bool keepMessages;
    private readonly Task running;
    private int accepted;
    private int refuseNext;
    private int refused;

    private TestSmtpServer(bool keepMessages)
    {
        this.keepMessages = keepMessages;
        Port = FreePort.Next();
        var options = new SmtpServerOptionsBuilder().ServerName("test-smtp")
            .Endpoint(builder => builder.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new RecordingStore(this));
        running = new SmtpServer.SmtpServer(options, services).StartAsync(stop.Token);
    }

    public int Port { get; }

    /// <summary>Every message accepted, in order (empty when started without keeping them).</summary>
    public IReadOnlyList<MimeMessage> Messages => [.. messages];

    /// <summary>How many messages were accepted.</summary>
    public int Accepted => Volatile.Read(ref accepted);

    /// <summary>How many Message-IDs were accepted more than once (the same email sent twice).</summary>
    public int Duplicates => messageIds.Values.Count(n => n > 1);

    /// <summary>How many messages were refused.</summary>
    public int Refused => Volatile.Read(ref refused);

    /// <summary>Refuse the next <paramref name="count"/> messages with 451 (int.MaxValue: refuse all).</summary>
    public void RefuseNext(int count) => Volatile.Write(ref refuseNext, count);

    /// <summary>Runs after a message is recorded, before the server answers 250.</summary>
    public Action<MimeMessage>? OnAccepted { get; set; }

    /// <summary>Starts the server and waits until it accepts connections.</summary>
    /// <param name="keepMessages">False: parse only the headers and keep nothing but counts (thousands of emails).</param>
    public static async Task<TestSmtpServer> StartAsync(bool keepMessages = true)
    {
        var server = new TestSmtpServer(keepMessages);
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, server.Port);
                return server;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }
        throw new InvalidOperationException("The test SMTP server did not start.");
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await running;
        }
        catch (OperationCanceledException)
        {
        }
        stop.Dispose();
    }

    private sealed class RecordingStore(TestSmtpServer owner) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer,
            CancellationToken cancellationToken)
        {
            if (Interlocked.Decrement(ref owner.refuseNext) >= 0)
            {
                Interlocked.Increment(ref owner.refused);
                return new SmtpResponse((SmtpReplyCode)451, "4.3.0 Try again later");
            }
            Interlocked.Exchange(ref owner.refuseNext, 0);

            using var stream = new MemoryStream(buffer.ToArray());
            if (!owner.keepMessages)
            {
                var headers = await HeaderList.LoadAsync(stream, cancellationToken);
                owner.messageIds.AddOrUpdate(headers[HeaderId.MessageId] ?? "", 1, (_, n) => n + 1);
                Interlocked.Increment(ref owner.accepted);
                return SmtpResponse.Ok;
            }

            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            owner.messageIds.AddOrUpdate(message.MessageId ?? "", 1, (_, n) => n + 1);
            owner.messages.Enqueue(message);
            Interlocked.Increment(ref owner.accepted);
            owner.OnAccepted?.Invoke(message);
            return SmtpResponse.Ok;
        }
    }
}
