using Serverless.Notices;

namespace Serverless.Notices.Tests;

public sealed class NumberingTests
{
    private static ParsedNotice Parse(string body) => Notices.Parser.Parse(Notices.Header + body + Notices.Footer);

    [Fact]
    public void Items_numbered_with_a_dot_are_the_directives() =>
        Assert.Equal([1, 2, 3], Parse("1. Sở Y tế chủ trì.\n2. Sở Tài chính bố trí kinh phí.\n3. Đánh giá cao các địa phương.").Directives.Select(d => d.Number));

    [Fact]
    public void Items_numbered_with_a_parenthesis_are_the_directives()
    {
        var notice = Parse("1) Sở Y tế chủ trì kiểm tra.\n2) Sở Tài chính bố trí kinh phí.");

        Assert.Equal([1, 2], notice.Directives.Select(d => d.Number));
        Assert.Equal("Sở Y tế chủ trì kiểm tra.", notice.Directives[0].Text);
    }

    [Fact]
    public void Lettered_items_are_the_directives_when_nothing_is_numbered() =>
        Assert.Equal([1, 2], Parse("a) Giao Sở Y tế kiểm tra.\nb) Giao Sở Tài chính bố trí kinh phí.").Directives.Select(d => d.Number));

    [Fact]
    public void Bullets_are_the_directives_when_nothing_is_numbered_or_lettered()
    {
        var notice = Parse("- Giao Sở Y tế kiểm tra.\n- Giao Sở Tài chính bố trí kinh phí.\n+ Sở Nội vụ phối hợp.");

        Assert.Equal([1, 2, 3], notice.Directives.Select(d => d.Number));
        Assert.Equal(AgencyRole.Lead, notice.Directives[1].Agency("Sở Tài chính").Role);
    }

    [Fact]
    public void Roman_numerals_are_sections_and_their_preamble_is_not_a_directive()
    {
        var notice = Parse(
            "I. ĐÁNH GIÁ CHUNG\nCác sở, ngành đã chủ động triển khai nhiệm vụ.\nII. NHIỆM VỤ THỜI GIAN TỚI\n" +
            "Để khắc phục hậu quả, Ủy ban nhân dân tỉnh yêu cầu Sở Nội vụ tập trung thực hiện:\n1. Sở Y tế chủ trì.\n2. Sở Tài chính bố trí kinh phí.");

        Assert.Equal([1, 2], notice.Directives.Select(d => d.Number));
        Assert.DoesNotContain(notice.Directives[0].Agencies, a => a.Name == "Sở Nội vụ");
    }

    [Fact]
    public void Numbering_that_restarts_in_a_new_section_keeps_counting()
    {
        var notice = Parse("I. KẾT QUẢ\n1. Đánh giá cao Sở Y tế.\n2. Ghi nhận Sở Tài chính.\nII. NHIỆM VỤ\n1. Sở Nội vụ rà soát.\n2. Sở Xây dựng kiểm tra.");

        Assert.Equal([1, 2, 3, 4], notice.Directives.Select(d => d.Number));
        Assert.Equal(AgencyRole.Lead, notice.Directives[2].Agency("Sở Nội vụ").Role);
    }

    [Fact]
    public void Lettered_sub_items_and_bullets_fold_into_the_item_above()
    {
        var notice = Parse(
            "1. Giao các sở, ngành:\na) Sở Y tế chủ trì kiểm tra, hoàn thành trước ngày 30/9/2024;\nb) Sở Tài chính phối hợp bố trí kinh phí;\n" +
            "- Sở Nội vụ theo dõi, đôn đốc.\n2. Sở Xây dựng rà soát các công trình.");

        Assert.Equal([1, 2], notice.Directives.Select(d => d.Number));
        var first = notice.Directives[0];
        Assert.Equal(AgencyRole.Lead, first.Agency("Sở Y tế").Role);
        Assert.Equal(AgencyRole.Coordinating, first.Agency("Sở Tài chính").Role);
        Assert.Equal(AgencyRole.Lead, first.Agency("Sở Nội vụ").Role);
        Assert.Equal([new DateOnly(2024, 9, 30)], first.ExplicitDates());
    }

    [Fact]
    public void A_closing_remark_after_the_last_item_is_not_part_of_it()
    {
        var notice = Parse("1. Sở Y tế chủ trì.\n2. Sở Tài chính bố trí kinh phí.\nCông tác phòng, chống thiên tai là nhiệm vụ quan trọng; Ủy ban nhân dân tỉnh yêu cầu Sở Nội vụ nghiêm túc thực hiện.");

        Assert.Equal(2, notice.Directives.Count);
        Assert.DoesNotContain(notice.Directives[1].Agencies, a => a.Name == "Sở Nội vụ");
    }

    [Fact]
    public void A_notice_whose_body_is_one_unnumbered_directive_has_directive_one()
    {
        var text = "ỦY BAN NHÂN DÂN\nTỈNH SÔNG LAM\nSông Lam, ngày 03 tháng 9 năm 2024\nKính gửi: Sở Giáo dục và Đào tạo.\n" +
            "Xét đề nghị của Sở Giáo dục và Đào tạo tại Tờ trình số 88/TTr-SGDĐT ngày 28/8/2024, Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:\n" +
            "Đồng ý chủ trương tổ chức Hội khỏe Phù Đổng cấp tỉnh; giao Sở Giáo dục và Đào tạo xây dựng kế hoạch, hoàn thành trước ngày 30/9/2024.\n" +
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.";

        var directive = Notices.Parser.Parse(text).Directives.Single();

        Assert.Equal(1, directive.Number);
        Assert.Equal(AgencyRole.Lead, directive.Agency("Sở Giáo dục và Đào tạo").Role);
        Assert.Equal([new DateOnly(2024, 9, 30)], directive.ExplicitDates());
    }
}
