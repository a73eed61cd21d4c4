using System.Text;
using Serverless.Grains;
using Serverless.Grains.Storage;
using Serverless.Notices;

namespace Serverless.Functions.Importing;

/// <summary>Imports a validated notice through its grain (used by the HTTP function and the sample loader).</summary>
public sealed class NoticeImporter(IGrainFactory grains, NoticeKeyIndex keys)
{
    /// <summary>Imports the notice; idempotent by notice id.</summary>
    public Task<NoticeImportResult> ImportAsync(NoticeDefinition notice, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return grains.GetGrain<INoticeGrain>(notice.NoticeId).ImportAsync(notice, actor);
    }

    /// <summary>
    /// Claims the notice's issuer + number and its content for its id, or names the notice already holding them: the
    /// same notice must not be tracked twice under two ids. A claim left by an import that never finished is taken over.
    /// </summary>
    public async Task<DuplicateNotice?> DuplicateOfAsync(NoticeDefinition notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        async Task<bool> Exists(string id) => await grains.GetGrain<INoticeGrain>(id).GetAsync() is not null;
        if (notice.Number.Length > 0)
        {
            var numberKey = $"{NoticeIds.Slug(notice.Issuer)}|{NoticeIds.Slug(notice.Number)}";
            if (await keys.ClaimAsync(NoticeKeyIndex.NumberKind, numberKey, notice.NoticeId, Exists, cancellationToken) is { } holder)
                return new DuplicateNotice(holder, "number",
                    $"Thông báo số {notice.Number} của {notice.Issuer} đã được nhập với mã '{holder}'; không có gì được lưu.");
        }

        if (await keys.ClaimAsync(NoticeKeyIndex.ContentKind, Fingerprint(notice), notice.NoticeId, Exists, cancellationToken) is { } same)
            return new DuplicateNotice(same, "directives",
                $"Nội dung các mục chỉ đạo trùng với thông báo đã nhập mã '{same}'; không có gì được lưu.");
        return null;
    }

    // The directives' texts decide "same content": ids, titles and task splits may differ between two drafts of it.
    private static string Fingerprint(NoticeDefinition notice)
    {
        var text = new StringBuilder();
        foreach (var directive in notice.Directives)
            text.Append(directive.Number).Append('\u001f').Append(directive.Text).Append('\u001e');
        return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
