using System.Text;
using System.Text.Json;
using Serverless.Notices;

namespace Serverless.Notices.Tests;

public sealed class TextNoiseTests
{
    private static readonly string Notice = Notices.WithItems(
        "Giao Sở Tài chính chủ trì, phối hợp với Ủy ban nhân dân huyện Hòa Bình rà soát nguồn vốn, hoàn thành trước ngày 30/9/2024.",
        "Công an tỉnh tăng cường bảo đảm an ninh trật tự (khi có hướng dẫn của Bộ Công an).");

    [Fact]
    public void Decomposed_Vietnamese_parses_exactly_as_composed_Vietnamese()
    {
        var composed = JsonSerializer.Serialize(Notices.Parser.Parse(Notice), NoticeJson.Options);
        var decomposed = JsonSerializer.Serialize(Notices.Parser.Parse(Notice.Normalize(NormalizationForm.FormD)), NoticeJson.Options);

        Assert.Equal(composed, decomposed);
        Assert.Contains("Hòa Bình", composed, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_break_inside_a_word_is_healed()
    {
        var directive = Notices.Only("Giao Sở Tài chính chủ trì, phối hợp với Ủy ban nhân dân huyện Hòa Bì\n\nnh rà soát nguồn vốn.");

        Assert.Equal(AgencyRole.Coordinating, directive.Agency("Ủy ban nhân dân huyện Hòa Bình").Role);
    }

    [Fact]
    public void A_page_break_inside_a_sentence_keeps_the_sentence_whole()
    {
        var notice = Notices.Parser.Parse(Notices.WithItems(
            "Giao Sở Công Thương chủ trì, phối hợp với\n\n2\n\nSở Xây dựng và các sở, ban,\n\nngành liên quan hoàn thành trước ngày 15/10/2024.",
            "Sở Y tế chủ trì thực hiện."));

        Assert.Equal([1, 2], notice.Directives.Select(d => d.Number));
        var first = notice.Directives[0];
        Assert.Equal(AgencyRole.Coordinating, first.Agency("Sở Xây dựng").Role);
        Assert.Equal([new DateOnly(2024, 10, 15)], first.ExplicitDates());
        Assert.Contains("các sở, ban, ngành liên quan", first.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Emphasis_stars_left_by_extraction_are_ignored()
    {
        var directive = Notices.Only("**Giao Sở Y tế** chủ trì kiểm tra an toàn thực phẩm (*báo cáo kết quả trước ngày 30/10/2024*).");

        Assert.Equal(AgencyRole.Lead, directive.Agency("Sở Y tế").Role);
        Assert.Equal([new DateOnly(2024, 10, 30)], directive.ExplicitDates());
        Assert.DoesNotContain("*", directive.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Old_and_new_tone_placement_name_the_same_agency()
    {
        var directive = Notices.Only("Văn phòng Tỉnh uỷ phối hợp với Ban Tổ chức Tỉnh ủy thực hiện.");

        Assert.Equal("Văn phòng Tỉnh ủy", directive.Agency("Văn phòng Tỉnh uỷ").Canonical);
        Assert.Equal("Ban Tổ chức Tỉnh ủy", directive.Agency("Ban Tổ chức Tỉnh ủy").Canonical);
    }

    [Fact]
    public void Windows_line_endings_and_table_cells_are_read_like_plain_lines()
    {
        var notice = Notices.Parser.Parse(Notice.Replace("\n", "\r\n", StringComparison.Ordinal).Replace("Độc lập", "| Độc lập", StringComparison.Ordinal));

        Assert.Equal(2, notice.Directives.Count);
        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH SÔNG LAM", notice.Issuer);
    }
}
