namespace Serverless.Notices;

/// <summary>A group a directive is addressed to, and how many tasks it becomes.</summary>
/// <param name="Code">The group's code.</param>
/// <param name="Name">The group's name.</param>
/// <param name="Tasks">Its active members: one task each.</param>
public sealed record GroupExpansion(string Code, string Name, int Tasks);
