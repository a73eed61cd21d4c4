namespace Serverless.Notices;

/// <summary>An agency name found in a text.</summary>
/// <param name="Start">Index of its first token (for the first name of a distributive list: the shared head).</param>
/// <param name="End">Index just past its last token.</param>
/// <param name="Name">The name as written (a distributive list element gets the shared head prefixed).</param>
/// <param name="Canonical">The registry's name, when known.</param>
/// <param name="Generic">True for unnamed plural or unnamed bodies ("UBND các xã, phường", "UBND cấp xã").</param>
/// <param name="Group">Names of one distributive list share a group and a role.</param>
internal sealed record AgencyMention(int Start, int End, string Name, string? Canonical, bool Generic, int Group);
