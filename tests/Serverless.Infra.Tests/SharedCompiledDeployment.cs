namespace Serverless.Infra.Tests;

/// <summary>Compiles the template once for every test class that reads it.</summary>
[CollectionDefinition(Name)]
public sealed class SharedCompiledDeployment : ICollectionFixture<CompiledDeployment>
{
    public const string Name = "Compiled Bicep deployment";
}
