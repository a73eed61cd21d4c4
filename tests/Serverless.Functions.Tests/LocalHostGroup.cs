using Xunit;

namespace Serverless.Functions.Tests;

/// <summary>Tests that do not move the clock share one LocalHost.</summary>
[CollectionDefinition(Name)]
public sealed class LocalHostGroup : ICollectionFixture<LocalHostFixture>
{
    public const string Name = "local host";
}
