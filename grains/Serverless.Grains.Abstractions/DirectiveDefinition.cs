namespace Serverless.Grains;

/// <summary>One numbered directive of a notice and the tasks it gives.</summary>
[GenerateSerializer, Immutable]
public sealed record DirectiveDefinition(
    [property: Id(0)] int Number,
    [property: Id(1)] string Text,
    [property: Id(2)] IReadOnlyList<TaskDefinition> Tasks);
