using System.Text;
using Amqp;
using Amqp.Framing;
using Amqp.Listener;
using ErrorCode = Amqp.ErrorCode;
using Serverless.Testing;

namespace Serverless.Testing.Delivery.Broker;

/// <summary>
/// A small AMQP 1.0 peer that the real <c>ServiceBusClient</c> talks to as if it were the Service Bus emulator:
/// plain AMQP on a free loopback port, the MSSBCBS SASL mechanism, put-token on $cbs, and a topic that accepts
/// sender links. It decodes what arrives (batches included), keeps the first copy of each MessageId the way the
/// topic's duplicate detection does, and can be told to refuse sends or to cut the TCP connection mid-transfer.
/// Subscriptions (unfiltered) receive each first copy, and receivers read them with peek-lock (see
/// <see cref="BrokerSubscription"/>).
/// </summary>
public sealed class TestBroker : ILinkProcessor, IMessageProcessor, IDisposable
{
    // Service Bus wraps the messages of a batch in one AMQP message of this format, one Data section per message.
    private const uint BatchFormat = 0x80013700;

    private readonly ContainerHost host;
    private readonly AcceptedSockets sockets = new();
    private readonly Lock gate = new();
    private readonly List<ReceivedMessage> deliveries = [];
    private readonly Dictionary<string, ReceivedMessage> unique = new(StringComparer.Ordinal);
    private readonly string topicName;
    private readonly Dictionary<string, BrokerSubscription> subscriptions = new(StringComparer.OrdinalIgnoreCase);
    private readonly ulong maxMessageSize;
    private int cutOnTransfer;
    private int transfers;

    /// <summary>Starts listening on a free loopback port.</summary>
    /// <param name="topicName">The only entity senders may attach to.</param>
    /// <param name="maxMessageSize">Max message size announced on the topic link (what a batch may hold).</param>
    /// <param name="subscriptionNames">Subscriptions of the topic, each receiving every message.</param>
    public TestBroker(string topicName, ulong maxMessageSize = 256 * 1024, IEnumerable<string>? subscriptionNames = null)
    {
        foreach (var subscription in subscriptionNames ?? []) subscriptions[subscription] = new BrokerSubscription(subscription);
        this.topicName = topicName;
        this.maxMessageSize = maxMessageSize;
        Port = FreePort.Next();
        host = new ContainerHost(new Address($"amqp://127.0.0.1:{Port}"));
        var listener = host.Listeners[0];
        listener.SASL.EnableMechanism(CbsSaslProfile.Name, new CbsSaslProfile());
        var handler = new BrokerHandler(sockets);
        listener.HandlerFactory = _ => handler;
        host.RegisterRequestProcessor("$cbs", Cbs);
        host.RegisterLinkProcessor(this);
        host.Open();
    }

    /// <summary>The port it listens on.</summary>
    public int Port { get; }

    /// <summary>What the SDK needs to reach this broker (the development emulator form: plain AMQP, any key).</summary>
    public string ConnectionString =>
        $"Endpoint=sb://127.0.0.1:{Port};SharedAccessKeyName=dev;SharedAccessKey=dev;UseDevelopmentEmulator=true";

    /// <summary>The $cbs node (which token audiences were requested).</summary>
    public CbsTokenProcessor Cbs { get; } = new();

    /// <summary>A subscription of the topic.</summary>
    public BrokerSubscription Subscription(string name) => subscriptions[name];

    /// <summary>Cuts every connection at the TCP level now (a worker's complete never reaches the broker).</summary>
    public void CutConnections()
    {
        lock (gate) Cuts++;
        sockets.CutAll();
    }

    /// <summary>When true, every transfer to the topic is rejected with amqp:internal-error and nothing is kept.</summary>
    public bool RefuseSends { get; set; }

    /// <summary>How many transfers were refused.</summary>
    public int Refused { get; private set; }

    /// <summary>How many times the connection was cut.</summary>
    public int Cuts { get; private set; }

    /// <summary>Every message accepted, resends included, in arrival order.</summary>
    public IReadOnlyList<ReceivedMessage> Deliveries
    {
        get
        {
            lock (gate) return [.. deliveries];
        }
    }

    /// <summary>What the topic keeps after duplicate detection: the first copy of each MessageId.</summary>
    public IReadOnlyDictionary<string, ReceivedMessage> Unique
    {
        get
        {
            lock (gate) return new Dictionary<string, ReceivedMessage>(unique, StringComparer.Ordinal);
        }
    }

    /// <inheritdoc />
    int IMessageProcessor.Credit => 100;

    /// <summary>
    /// On the <paramref name="transferNumber"/>-th transfer from now (1 = the next), keep its messages as the broker
    /// would, then cut the TCP connection before settling it: the sender never learns the batch arrived.
    /// </summary>
    public void CutConnectionOnTransfer(int transferNumber)
    {
        lock (gate) cutOnTransfer = transfers + transferNumber;
    }

    /// <inheritdoc />
    void ILinkProcessor.Process(AttachContext attachContext)
    {
        if (attachContext.Attach.Role)
        {
            // The peer receives: a subscription, "{topic}/Subscriptions/{name}".
            var source = (attachContext.Attach.Source as Source)?.Address?.TrimStart('/') ?? "";
            var parts = source.Split('/');
            if (parts.Length == 3 && string.Equals(parts[0], topicName, StringComparison.OrdinalIgnoreCase) &&
                string.Equals(parts[1], "Subscriptions", StringComparison.OrdinalIgnoreCase) && subscriptions.TryGetValue(parts[2], out var queue))
            {
                attachContext.Complete(new SubscriptionLinkEndpoint(queue, attachContext.Link), 0);
                return;
            }
            attachContext.Complete(new Error(ErrorCode.NotFound) { Description = $"No entity '{source}' on the test broker." });
            return;
        }

        var target = (attachContext.Attach.Target as Target)?.Address?.TrimStart('/');
        if (attachContext.Attach.Role || !string.Equals(target, topicName, StringComparison.OrdinalIgnoreCase))
        {
            attachContext.Complete(new Error(ErrorCode.NotFound) { Description = $"No entity '{target}' on the test broker." });
            return;
        }

        attachContext.Attach.MaxMessageSize = maxMessageSize;
        attachContext.Complete(new TargetLinkEndpoint(this, attachContext.Link), 100);
    }

    /// <inheritdoc />
    void IMessageProcessor.Process(MessageContext messageContext)
    {
        bool cut;
        lock (gate)
        {
            if (RefuseSends)
            {
                Refused++;
                messageContext.Complete(new Error(ErrorCode.InternalError) { Description = "Refused by the test broker." });
                return;
            }

            foreach (var (message, encoded) in Unbatch(messageContext.Message))
            {
                deliveries.Add(message);
                if (message.MessageId is { } id && unique.TryAdd(id, message))
                {
                    foreach (var subscription in subscriptions.Values) subscription.Enqueue(encoded, id);
                }
            }
            cut = ++transfers == cutOnTransfer;
            if (cut) Cuts++;
        }

        if (cut) sockets.CutAll();
        else messageContext.Complete();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        host.Close();
        sockets.CutAll();
        foreach (var subscription in subscriptions.Values) subscription.Dispose();
    }

    private static IEnumerable<(ReceivedMessage Message, byte[] Encoded)> Unbatch(Message message)
    {
        if (message.Format == BatchFormat && message.BodySection is DataList sections)
        {
            for (var i = 0; i < sections.Count; i++)
            {
                var bytes = sections[i].Binary;
                yield return (Describe(Message.Decode(new ByteBuffer(bytes, 0, bytes.Length, bytes.Length))), bytes);
            }
        }
        else
        {
            var buffer = message.Encode();
            var bytes = new byte[buffer.Length];
            Array.Copy(buffer.Buffer, buffer.Offset, bytes, 0, buffer.Length);
            yield return (Describe(message), bytes);
        }
    }

    private static ReceivedMessage Describe(Message message)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (message.ApplicationProperties is { } application)
        {
            foreach (var key in application.Map.Keys)
                properties[key.ToString()!] = application.Map[key];
        }

        var body = message.BodySection switch
        {
            Data data => Encoding.UTF8.GetString(data.Binary),
            AmqpValue value => value.Value?.ToString() ?? "",
            _ => "",
        };
        return new ReceivedMessage(message.Properties?.MessageId, message.Properties?.Subject, message.Properties?.ContentType,
            properties, body);
    }
}
