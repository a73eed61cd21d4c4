using Serverless.Grains;

namespace Serverless.Functions.Importing;

/// <summary>Imports a validated notice through its grain (used by the HTTP function and the sample loader).</summary>
public sealed class NoticeImporter(IGrainFactory grains)
{
    /// <summary>Imports the notice; idempotent by notice id.</summary>
    public Task<NoticeImportResult> ImportAsync(NoticeDefinition notice, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return grains.GetGrain<INoticeGrain>(notice.NoticeId).ImportAsync(notice, actor);
    }
}
