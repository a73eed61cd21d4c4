using System.Text.Json;
using Serverless.Notices;

namespace Serverless.Notices.Tests;

public sealed class NoticeJsonTests
{
    [Fact]
    public void A_parsed_notice_is_written_as_camel_case_json_with_readable_Vietnamese()
    {
        var json = JsonSerializer.Serialize(Notices.Parser.Parse(Notices.WithItems("Giao Sở Tài chính chủ trì, hoàn thành trước ngày 30/9/2024.")), NoticeJson.Options);

        Assert.Contains("\"meetingDate\": \"2024-08-12\"", json, StringComparison.Ordinal);
        Assert.Contains("\"role\": \"lead\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"explicit\"", json, StringComparison.Ordinal);
        Assert.Contains("\"date\": \"2024-09-30\"", json, StringComparison.Ordinal);
        Assert.Contains("Sở Tài chính", json, StringComparison.Ordinal);
        Assert.Contains("\n", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_written_json_reads_back_into_the_same_notice()
    {
        var notice = Notices.Parser.Parse(Notices.WithItems("Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ thực hiện trong quý IV/2024."));

        var back = JsonSerializer.Deserialize<ParsedNotice>(JsonSerializer.Serialize(notice, NoticeJson.Options), NoticeJson.Options)!;

        Assert.Equal(JsonSerializer.Serialize(notice, NoticeJson.Options), JsonSerializer.Serialize(back, NoticeJson.Options));
    }
}
