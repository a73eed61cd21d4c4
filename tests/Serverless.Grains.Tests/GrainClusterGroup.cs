using Xunit;

namespace Serverless.Grains.Tests;

/// <summary>Grain tests share one cluster and one Azurite: starting them is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class GrainClusterGroup : ICollectionFixture<GrainClusterFixture>
{
    public const string Name = "grain cluster";
}
