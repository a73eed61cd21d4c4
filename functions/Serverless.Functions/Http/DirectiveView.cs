namespace Serverless.Functions.Http;

/// <summary>A directive and the ids of its tasks.</summary>
public sealed record DirectiveView(int Number, string Text, IReadOnlyList<string> TaskIds);
