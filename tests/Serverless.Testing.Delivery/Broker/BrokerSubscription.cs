using System.Runtime.CompilerServices;
using Amqp;
using Amqp.Framing;
using Amqp.Listener;
using Amqp.Types;

namespace Serverless.Testing.Delivery.Broker;

/// <summary>
/// A topic subscription as the SDK's receiver sees it: peek-lock deliveries whose delivery tag is the lock token,
/// the annotations the SDK reads (sequence number, enqueued time, locked-until) and the header's delivery count;
/// accepted = complete, modified = abandon (delivery count + 1), rejected = dead-letter with the receiver's reason,
/// released = back in line. A message locked on a link that closes goes back in line with its count + 1, as when
/// a lock expires; at <see cref="MaxDeliveryCount"/> the broker dead-letters it itself.
/// </summary>
public sealed class BrokerSubscription(string name, int maxDeliveryCount = 10) : IMessageSource, IDisposable
{
    private readonly Lock gate = new();
    private readonly LinkedList<QueueEntry> ready = new();
    private readonly Dictionary<Guid, QueueEntry> locked = [];
    private readonly List<QueueEntry> completed = [];
    private readonly List<DeadLetteredMessage> deadLettered = [];
    private readonly List<string?> closedLinks = [];
    private readonly ConditionalWeakTable<ListenerLink, SubscriptionLinkEndpoint> endpoints = [];
    private readonly SemaphoreSlim signal = new(0);
    private long sequence;
    private int deliveries;

    public string Name { get; } = name;

    public int MaxDeliveryCount { get; } = maxDeliveryCount;

    /// <summary>How long a lock lasts, as announced in x-opt-locked-until.</summary>
    public TimeSpan LockDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Messages handed to receivers, redeliveries included.</summary>
    public int Deliveries
    {
        get
        {
            lock (gate) return deliveries;
        }
    }

    /// <summary>Message ids completed, in order (a message completed twice appears twice).</summary>
    public IReadOnlyList<string?> Completed
    {
        get
        {
            lock (gate) return [.. completed.Select(e => e.MessageId)];
        }
    }

    /// <summary>How many completions arrived (cheaper than <see cref="Completed"/> for a poll).</summary>
    public int CompletedCount
    {
        get
        {
            lock (gate) return completed.Count;
        }
    }

    public IReadOnlyList<DeadLetteredMessage> DeadLettered
    {
        get
        {
            lock (gate) return [.. deadLettered];
        }
    }

    /// <summary>Messages waiting or locked (neither completed nor dead-lettered).</summary>
    public int Outstanding
    {
        get
        {
            lock (gate) return ready.Count + locked.Count;
        }
    }

    /// <summary>Puts a message in line.</summary>
    public void Enqueue(byte[] encoded, string? messageId)
    {
        lock (gate) ready.AddLast(new QueueEntry(encoded, messageId, ++sequence, DateTime.UtcNow));
        signal.Release();
    }

    /// <summary>Puts a completed message in line once more, as a broker does that lost the completion.</summary>
    public void Redeliver(string messageId)
    {
        QueueEntry original;
        lock (gate) original = completed.First(e => e.MessageId == messageId);
        Enqueue(original.Encoded, original.MessageId);
    }

    /// <summary>
    /// Puts every completed message in line once more (a replay of the whole subscription); returns how many.
    /// </summary>
    public int RedeliverAll()
    {
        QueueEntry[] originals;
        lock (gate) originals = [.. completed.DistinctBy(e => e.MessageId)];
        foreach (var original in originals) Enqueue(original.Encoded, original.MessageId);
        return originals.Length;
    }

    /// <inheritdoc />
    public async Task<ReceiveContext> GetMessageAsync(ListenerLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        while (true)
        {
            if (link.IsClosed)
            {
                await Task.Delay(20).ConfigureAwait(false);
                return null!;
            }

            lock (gate)
            {
                // AMQPNetLite's SourceLinkEndpoint asks for the next message whatever the credit left: a message is
                // handed out only against the credit the endpoint counts (see SubscriptionLinkEndpoint).
                if (ready.First is { } first && (!endpoints.TryGetValue(link, out var endpoint) || endpoint.TryTakeCredit()))
                {
                    ready.RemoveFirst();
                    var entry = first.Value;
                    entry.LockToken = Guid.NewGuid();
                    entry.Link = link;
                    locked[entry.LockToken] = entry;
                    deliveries++;
                    return new ReceiveContext(link, Materialize(entry)) { UserToken = entry };
                }
            }

            if (link.IsDraining) return null!;
            await signal.WaitAsync(TimeSpan.FromMilliseconds(50)).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public void DisposeMessage(ReceiveContext receiveContext, DispositionContext dispositionContext)
    {
        ArgumentNullException.ThrowIfNull(receiveContext);
        ArgumentNullException.ThrowIfNull(dispositionContext);
        var entry = (QueueEntry)receiveContext.UserToken;
        lock (gate)
        {
            if (locked.Remove(entry.LockToken))
            {
                entry.Link = null;
                switch (dispositionContext.DeliveryState)
                {
                    case Accepted:
                        completed.Add(entry);
                        break;
                    case Rejected rejected:
                        deadLettered.Add(new DeadLetteredMessage(entry.MessageId, InfoOf(rejected, "DeadLetterReason"),
                            InfoOf(rejected, "DeadLetterErrorDescription"), entry.FailedDeliveries + 1));
                        break;
                    case Modified:
                        // Service Bus counts an abandon as a delivery whatever the modified outcome's flags say.
                        entry.FailedDeliveries++;
                        Requeue(entry);
                        break;
                    default:
                        Requeue(entry);
                        break;
                }
            }
        }
        // Settle with the outcome the receiver chose: the SDK checks that the broker answers with the same one.
        dispositionContext.Link.DisposeMessage(dispositionContext.Message, dispositionContext.DeliveryState, true);
    }

    /// <inheritdoc />
    public void Dispose() => signal.Dispose();

    /// <summary>Receive links that closed, with the error each closed with (null: a plain detach).</summary>
    public IReadOnlyList<string?> ClosedLinks
    {
        get
        {
            lock (gate) return [.. closedLinks];
        }
    }

    /// <summary>The link closed: what was locked on it goes back in line, as when its locks expire.</summary>
    public void ReleaseLocksOf(ListenerLink link, Error? error = null)
    {
        lock (gate)
        {
            closedLinks.Add(error is null ? null : $"{error.Condition}: {error.Description}");
            foreach (var entry in locked.Values.Where(e => e.Link == link).ToList())
            {
                locked.Remove(entry.LockToken);
                entry.Link = null;
                entry.FailedDeliveries++;
                Requeue(entry);
            }
        }
    }

    /// <summary>Links receiving from this subscription, each with the endpoint that counts its credit.</summary>
    public void Attach(ListenerLink link, SubscriptionLinkEndpoint endpoint) => endpoints.AddOrUpdate(link, endpoint);

    // The link's credit is internal to AMQPNetLite (pinned version): the endpoint sets it to its own count.
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "credit")]
    internal static extern ref uint CreditOf(ListenerLink link);

    // The error's info fields are keyed by AMQP symbols.
    private static string? InfoOf(Rejected rejected, string key) =>
        rejected.Error?.Info is { } info && info.TryGetValue(new Symbol(key), out var value) ? value as string : null;

    // Called with the gate held.
    private void Requeue(QueueEntry entry)
    {
        if (entry.FailedDeliveries >= MaxDeliveryCount)
        {
            deadLettered.Add(new DeadLetteredMessage(entry.MessageId, "MaxDeliveryCountExceeded", null, entry.FailedDeliveries));
            return;
        }
        ready.AddLast(entry);
        signal.Release();
    }

    private Message Materialize(QueueEntry entry)
    {
        var message = Message.Decode(new ByteBuffer(entry.Encoded, 0, entry.Encoded.Length, entry.Encoded.Length));
        message.Header = new Header { DeliveryCount = (uint)entry.FailedDeliveries };
        message.MessageAnnotations ??= new MessageAnnotations();
        message.MessageAnnotations[new Symbol("x-opt-sequence-number")] = entry.SequenceNumber;
        message.MessageAnnotations[new Symbol("x-opt-enqueued-time")] = entry.EnqueuedAt;
        message.MessageAnnotations[new Symbol("x-opt-locked-until")] = DateTime.UtcNow + LockDuration;
        return message;
    }
}
