using Xunit;

namespace Serverless.Dispatch.Tests.Delivery;

/// <summary>Delivery tests share one Azurite and run one at a time (the dispatcher reads the whole outbox).</summary>
[CollectionDefinition(Name)]
public sealed class DeliveryGroup : ICollectionFixture<DeliveryFixture>
{
    public const string Name = "delivery";
}
