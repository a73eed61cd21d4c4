using Amqp;
using Amqp.Sasl;
using Amqp.Types;

namespace Serverless.Testing.Delivery.Broker;

/// <summary>
/// Server side of the "MSSBCBS" SASL mechanism the Service Bus SDK offers: it carries no credentials (the real
/// authorization is the put-token on $cbs), so the broker simply answers ok.
/// </summary>
public sealed class CbsSaslProfile() : SaslProfile(Name)
{
    /// <summary>The mechanism name.</summary>
    public static readonly Symbol Name = new("MSSBCBS");

    /// <inheritdoc />
    protected override ITransport UpgradeTransport(ITransport transport) => transport;

    /// <inheritdoc />
    protected override DescribedList GetStartCommand(string hostname) => null!;

    /// <inheritdoc />
    protected override DescribedList OnCommand(DescribedList command) => new SaslOutcome { Code = SaslCode.Ok };
}
