using System.Collections.Concurrent;
using Amqp;
using Amqp.Framing;
using Amqp.Listener;
using RequestContext = Amqp.Listener.RequestContext;

namespace Serverless.Testing.Delivery.Broker;

/// <summary>
/// The $cbs node: the SDK puts a token for every link it opens (request link to $cbs, response link from $cbs,
/// reply-to = the response link's target). Every token is accepted: status-code 202, correlation-id = the request's
/// message-id, which is how the SDK pairs the answer with its request.
/// </summary>
public sealed class CbsTokenProcessor : IRequestProcessor
{
    private readonly ConcurrentQueue<string> audiences = new();

    /// <summary>The audiences tokens were put for, in order.</summary>
    public IReadOnlyCollection<string> Audiences => audiences;

    /// <inheritdoc />
    public int Credit => 100;

    /// <inheritdoc />
    public void Process(RequestContext requestContext)
    {
        ArgumentNullException.ThrowIfNull(requestContext);
        var request = requestContext.Message;
        audiences.Enqueue(request.ApplicationProperties?["name"] as string ?? "");
        var response = new Message
        {
            Properties = new Properties { CorrelationId = request.Properties?.MessageId },
            ApplicationProperties = new ApplicationProperties(),
        };
        response.ApplicationProperties["status-code"] = 202;
        response.ApplicationProperties["status-description"] = "Accepted";
        requestContext.Complete(response);
    }
}
