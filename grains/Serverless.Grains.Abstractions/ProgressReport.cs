namespace Serverless.Grains;

/// <summary>An agency's report of progress on a task.</summary>
/// <param name="Text">What was done, NFC-normalised.</param>
/// <param name="PercentComplete">Optional estimate, 0 to 100.</param>
/// <param name="At">When it was received.</param>
/// <param name="Actor">Who reported.</param>
[GenerateSerializer, Immutable]
public sealed record ProgressReport(
    [property: Id(0)] string Text,
    [property: Id(1)] int? PercentComplete,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] Actor Actor);
