using Serverless.Tracking;

namespace Serverless.Grains.Storage;

/// <summary>The directory as read from its table, with the version and ETag a change must name.</summary>
/// <param name="File">Agencies, groups, leadership and office.</param>
/// <param name="Version">Bumped by every change.</param>
/// <param name="ETag">The settings row's ETag: a change commits only if nobody changed the directory since this read.</param>
public sealed record StoredDirectory(AgencyDirectoryFile File, long Version, string ETag);
