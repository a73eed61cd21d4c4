namespace Serverless.Functions.Delivery;

/// <summary>One contact in a PUT body.</summary>
/// <param name="Name">Full name.</param>
/// <param name="Role">head, focalPoint or deputy.</param>
/// <param name="Email">Email address.</param>
/// <param name="Levels">Ladder levels received; omitted: all levels for a focal point, escalations (1-3) for a head or deputy.</param>
public sealed record ContactRequest(string? Name, ContactRole? Role, string? Email, IReadOnlyList<int>? Levels);
