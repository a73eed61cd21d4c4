using Orleans.Concurrency;

namespace Serverless.Grains;

/// <summary>One conclusion notice, keyed by its notice id.</summary>
public interface INoticeGrain : IGrainWithStringKey
{
    /// <summary>Imports the notice and creates its tasks; idempotent for the same content.</summary>
    Task<NoticeImportResult> ImportAsync(NoticeDefinition notice, Actor actor);

    /// <summary>The stored notice, or null when it was never imported.</summary>
    [ReadOnly]
    Task<NoticeSnapshot?> GetAsync();
}
