using Serverless.Tracking;

namespace Serverless.Functions.Agencies;

/// <summary>The outcome of a directory change.</summary>
/// <param name="Status">200/201 when stored; else the refusal status.</param>
/// <param name="Errors">Field errors of a refusal.</param>
/// <param name="Directory">The directory after the change.</param>
public sealed record DirectoryChangeResult(int Status, IReadOnlyDictionary<string, string[]> Errors, AgencyDirectorySnapshot Directory)
{
    /// <summary>True when the change was stored.</summary>
    public bool Stored => Status is >= 200 and < 300;
}
