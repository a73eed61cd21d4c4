namespace Serverless.Notices;

/// <summary>An agency or a group of the directory that a name in a notice stands for.</summary>
/// <param name="Code">The agency's or group's code.</param>
/// <param name="Name">Its name in the directory.</param>
/// <param name="IsGroup">True for a group: the work goes to each of its members.</param>
public sealed record Addressee(string Code, string Name, bool IsGroup);
