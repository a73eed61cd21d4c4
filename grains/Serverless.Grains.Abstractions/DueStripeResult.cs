namespace Serverless.Grains;

/// <summary>What one call of a stripe's sweep did.</summary>
/// <param name="Stripe">The stripe.</param>
/// <param name="Silo">The silo that ran it.</param>
/// <param name="Checked">Entries checked and removed.</param>
/// <param name="Notified">Checks that wrote a notification.</param>
/// <param name="Failed">Entries whose check failed; they stay for the next sweep.</param>
/// <param name="Complete">Whether every entry due was taken; false when the call stopped at its budget.</param>
[GenerateSerializer, Immutable]
public sealed record DueStripeResult(
    [property: Id(0)] int Stripe,
    [property: Id(1)] string Silo,
    [property: Id(2)] int Checked,
    [property: Id(3)] int Notified,
    [property: Id(4)] int Failed,
    [property: Id(5)] bool Complete);
