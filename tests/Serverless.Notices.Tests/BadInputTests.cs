using System.Diagnostics;
using System.Text;
using Serverless.Notices;

namespace Serverless.Notices.Tests;

public sealed class BadInputTests
{
    public static TheoryData<string> Rejected()
    {
        var random = new Random(7);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        return new TheoryData<string>
        {
            "",
            "   \n\t  \r\n",
            Encoding.UTF8.GetString(bytes),
            "1. Sở Y tế chủ trì\0\0\0",
            "1. Sở Y tế chủ trì \uD800 kiểm tra",
            Encoding.Latin1.GetString([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46]),
            "Hôm nay Ủy ban nhân dân tỉnh họp bàn về công tác phòng, chống thiên tai. Cuộc họp diễn ra tốt đẹp.",
        };
    }

    [Theory]
    [MemberData(nameof(Rejected))]
    public void Text_that_is_not_a_notice_is_refused_with_a_Vietnamese_message_about_the_text_field(string text)
    {
        var error = Assert.Throws<NoticeParseException>(() => Notices.Parser.Parse(text));

        Assert.Equal("text", error.Field);
        Assert.Contains("văn bản", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_text_over_five_megabytes_is_refused()
    {
        var text = Notices.WithItems("Sở Y tế chủ trì.") + new string('a', (5 * 1024 * 1024) + 1);

        var error = Assert.Throws<NoticeParseException>(() => Notices.Parser.Parse(text));

        Assert.Contains("5 MB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_text_is_refused_like_an_empty_one() =>
        Assert.Throws<NoticeParseException>(() => Notices.Parser.Parse(null!));

    [Fact]
    public void Pathological_text_is_parsed_without_hanging()
    {
        var garbage = string.Concat(Enumerable.Repeat("ngày 1/1/1/1/ trước trước quý quý I I ((((( Sở Sở Ban Ban, , ", 20_000));
        var text = Notices.WithItems("Sở Y tế chủ trì " + garbage, string.Concat(Enumerable.Repeat("UBND các xã: A, ", 5_000)));
        var clock = Stopwatch.StartNew();

        var notice = Notices.Parser.Parse(text);

        Assert.Equal(2, notice.Directives.Count);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }
}
