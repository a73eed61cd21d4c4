namespace Serverless.Notices.Tests;

public sealed class NoticeMetadataTests
{
    [Fact]
    public void The_number_and_symbol_come_from_the_letterhead_and_the_issuer_from_its_left_column()
    {
        var notice = Notices.Parser.Parse(Notices.WithItems("Sở Xây dựng rà soát công trình."));

        Assert.Equal("412/TB-UBND", notice.Number);
        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH SÔNG LAM", notice.Issuer);
        Assert.Equal(new DateOnly(2024, 8, 16), notice.IssuedOn);
        Assert.False(notice.IssuedOnInferred);
    }

    [Fact]
    public void Columns_run_together_do_not_put_the_national_motto_in_the_issuer()
    {
        const string text = "ỦY BAN NHÂN DÂN       CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH SÔNG LAM       Độc lập - Tự do - Hạnh phúc\n" +
            "Số: 9387/UBND-KT       Sông Lam, ngày 30 tháng 6 năm 2023\n\nTHÔNG BÁO\nKết luận về công tác\nphòng, chống thiên tai\nvà tìm kiếm cứu nạn năm 2023\n\n" +
            "Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau:\n1. Sở Xây dựng rà soát công trình.\n2. Công an tỉnh bảo đảm an ninh.";

        var notice = Notices.Parser.Parse(text);

        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH SÔNG LAM", notice.Issuer);
        Assert.Equal("9387/UBND-KT", notice.Number);
        Assert.Equal(new DateOnly(2023, 6, 30), notice.IssuedOn);
        Assert.Equal("Kết luận về công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2023", notice.Title);
    }

    [Fact]
    public void A_number_given_in_the_text_is_read_and_a_blank_one_is_none()
    {
        var inText = Notices.Parser.Parse("Thông báo số 125-TB/TU\n\nBan Thường vụ Tỉnh ủy kết luận như sau:\n1. Văn phòng Tỉnh ủy theo dõi.\n2. Ban Tổ chức Tỉnh ủy hướng dẫn.");
        var blank = Notices.Parser.Parse(Notices.WithItems("Sở Xây dựng rà soát.").Replace("Số: 412/TB-UBND", "Số:        /TB-UBND", StringComparison.Ordinal));

        Assert.Equal("125-TB/TU", inText.Number);
        Assert.Null(blank.Number);
    }

    [Fact]
    public void Without_a_dated_heading_the_date_of_issue_is_the_meeting_date_and_is_flagged()
    {
        const string text = "THÔNG BÁO\nkết luận của Bí thư Tỉnh ủy tại hội nghị\n\nNgày 30/6/2023, Ban Thường vụ Tỉnh ủy tổ chức hội nghị; đồng chí Bí thư kết luận như sau:\n" +
            "1. Văn phòng Tỉnh ủy tổng hợp ý kiến.\n2. Ban Tổ chức Tỉnh ủy hướng dẫn.\nTrên đây là ý kiến chỉ đạo, Văn phòng Tỉnh ủy thông báo để các cơ quan thực hiện.";

        var notice = Notices.Parser.Parse(text);

        Assert.Equal(new DateOnly(2023, 6, 30), notice.IssuedOn);
        Assert.True(notice.IssuedOnInferred);
        Assert.Null(notice.Number);
        Assert.Equal("Văn phòng Tỉnh ủy", notice.Issuer);
    }

    [Theory]
    [InlineData("Giao Sở Xây dựng chủ trì, phối hợp với Sở Tài chính rà soát các công trình xuống cấp, hoàn thành trước ngày 30/9/2023.", "Rà soát các công trình xuống cấp")]
    [InlineData("Sở Công Thương\n- Chủ trì theo dõi, đôn đốc các chủ đầu tư hạ tầng cụm công nghiệp; báo cáo hằng quý.", "Theo dõi, đôn đốc các chủ đầu tư hạ tầng cụm công nghiệp")]
    [InlineData("Ngành Công an, Quân sự, Biên phòng phối hợp chặt chẽ (*trong mọi tình huống*) trong công tác hiệp đồng. Tăng cường nắm tình hình.", "Ngành Công an, Quân sự, Biên phòng phối hợp chặt chẽ trong công tác hiệp đồng")]
    public void The_short_title_is_the_first_clause_without_the_assignment_and_the_deadline(string text, string title)
    {
        Assert.Equal(title, TaskTitles.From(text));
    }

    [Fact]
    public void A_suggested_id_comes_from_the_issuer_and_the_number_or_the_date()
    {
        Assert.Equal("uy-ban-nhan-dan-tinh-song-lam-412-tb-ubnd", NoticeIds.Suggest("ỦY BAN NHÂN DÂN TỈNH SÔNG LAM", "412/TB-UBND", null));
        Assert.Equal("van-phong-tinh-uy-2023-06-30", NoticeIds.Suggest("Văn phòng Tỉnh ủy", null, new DateOnly(2023, 6, 30)));
        Assert.Null(NoticeIds.Suggest(null, "412/TB-UBND", null));
    }
}
