using Serverless.Grains;

namespace Serverless.Functions.Http;

/// <summary>A notice as the API returns it.</summary>
public sealed record NoticeView(
    string Id, string Number, string Title, string Issuer, DateOnly IssuedOn, DateOnly? MeetingDate,
    DateTimeOffset ImportedAt, IReadOnlyList<DirectiveView> Directives)
{
    /// <summary>Maps a stored notice.</summary>
    public static NoticeView From(NoticeSnapshot notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var d = notice.Definition;
        return new NoticeView(d.NoticeId, d.Number, d.Title, d.Issuer, d.IssuedOn, d.MeetingDate, notice.ImportedAt,
            d.Directives.Select(x => new DirectiveView(x.Number, x.Text, x.Tasks.Select(t => t.TaskId).ToList(),
                x.Tasks.Select(ImportedTaskView.From).ToList())).ToList());
    }
}
