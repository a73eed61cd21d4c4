namespace Serverless.Tracking;

/// <summary>An agency that can receive tasks and notifications.</summary>
/// <param name="Code">Short stable code, upper-case ASCII, for example "SXD".</param>
/// <param name="Name">Vietnamese display name, for example "Sở Xây dựng".</param>
/// <param name="Supervisor">Code of the office that receives level-2 escalations for it; null for the default office.</param>
public sealed record Agency(string Code, string Name, string? Supervisor);
