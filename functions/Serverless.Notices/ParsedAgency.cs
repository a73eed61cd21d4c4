namespace Serverless.Notices;

/// <summary>An agency named in a directive.</summary>
/// <param name="Name">The name as written in the notice (abbreviations kept).</param>
/// <param name="Role">How the directive involves it.</param>
/// <param name="Canonical">The registry's name for it, when the registry knows it.</param>
public sealed record ParsedAgency(string Name, AgencyRole Role, string? Canonical = null);
