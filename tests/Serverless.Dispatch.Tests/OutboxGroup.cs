using Xunit;

namespace Serverless.Dispatch.Tests;

/// <summary>Dispatch tests share one Azurite and run one at a time (they all read the one outbox table).</summary>
[CollectionDefinition(Name)]
public sealed class OutboxGroup : ICollectionFixture<OutboxFixture>
{
    public const string Name = "outbox";
}
