using Serverless.Tracking.Calendar;
using Serverless.Notices;

namespace Serverless.Notices.Tests;

// The notice of Notices.Header was discussed at a meeting on 12/8/2024.
public sealed class DeadlineTests
{
    [Theory]
    [InlineData("Giao Sở Tài chính hoàn thành trước ngày 30/9/2024.", "2024-09-30")]
    [InlineData("Sở Y tế báo cáo kết quả chậm nhất ngày 15/10/2024.", "2024-10-15")]
    [InlineData("Sở Y tế báo cáo kết quả chậm nhất là ngày 20 tháng 11 năm 2024.", "2024-11-20")]
    [InlineData("Sở Nội vụ trình phương án trong tháng 10/2024.", "2024-10-31")]
    [InlineData("Sở Nội vụ trình phương án trong tháng 11 năm 2024.", "2024-11-30")]
    [InlineData("Sở Nội vụ trình phương án trong tháng 12.", "2024-12-31")]
    [InlineData("Sở Xây dựng hoàn thành trong quý IV/2024.", "2024-12-31")]
    [InlineData("Sở Xây dựng hoàn thành trong quý III.", "2024-09-30")]
    [InlineData("Sở Xây dựng hoàn thành trong quý 4 năm 2024.", "2024-12-31")]
    [InlineData("Sở Công Thương tập trung thực hiện các nhiệm vụ 6 tháng cuối năm.", "2024-12-31")]
    [InlineData("Sở Công Thương hoàn thành dứt điểm trong năm 2024.", "2024-12-31")]
    [InlineData("Các địa phương tổ chức tốt các hoạt động kỷ niệm ngày Quốc khánh (02/9).", "2024-09-02")]
    [InlineData("Sở Y tế ra quân kiểm tra từ ngày 01/10/2024 đến ngày 31/12/2024.", "2024-12-31")]
    [InlineData("Sở Giao thông vận tải bảo đảm hoàn thành trước 31/12.", "2024-12-31")]
    [InlineData("Ban Chỉ huy PCTT và TKCN tỉnh tổ chức diễn tập xong trong tháng 10.", "2024-10-31")]
    public void Each_deadline_phrase_gives_its_due_date(string item, string expected) =>
        Assert.Equal([DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)], Notices.Only(item).ExplicitDates());

    [Fact]
    public void A_deadline_keeps_the_phrase_it_came_from()
    {
        var deadline = Notices.Only("Giao Sở Tài chính hoàn thành trước ngày 30/9/2024.").Deadlines.Single();

        Assert.Equal("hoàn thành trước ngày 30/9/2024", deadline.Phrase);
        Assert.Equal(DeadlineKind.Explicit, deadline.Kind);
    }

    [Theory]
    [InlineData("Giao Sở Tài chính hoàn thành trước ngày 31/02/2026.", "31/02/2026")]
    [InlineData("Sở Y tế báo cáo kết quả chậm nhất ngày 31/4.", "31/4")]
    public void An_impossible_date_stays_an_explicit_deadline_without_a_date_so_the_draft_can_flag_it(string item, string written)
    {
        var deadline = Notices.Only(item).Deadlines.Single();

        Assert.Equal(DeadlineKind.Explicit, deadline.Kind);
        Assert.Null(deadline.Date);
        Assert.Contains(written, deadline.Phrase, StringComparison.Ordinal);
    }

    [Fact]
    public void Before_Tet_is_the_day_before_the_next_lunar_new_year()
    {
        var tet = VietnameseLunarCalendar.LunarNewYear(2025);

        Assert.Equal([tet.AddDays(-1)], Notices.Only("Sở Lao động chăm lo cho các hộ nghèo trước Tết Nguyên đán.").ExplicitDates());
        Assert.Equal(new DateOnly(2025, 1, 28), tet.AddDays(-1));
    }

    [Fact]
    public void Before_Tet_named_by_its_lunar_year_uses_that_year() =>
        Assert.Equal([new DateOnly(2026, 2, 16)], Notices.Only("Hoàn thành việc sửa chữa nhà ở trước Tết Nguyên đán Bính Ngọ.").ExplicitDates());

    [Fact]
    public void A_day_and_month_in_a_late_year_notice_fall_in_the_next_january()
    {
        var text = Notices.WithItems("Sở Tài chính tổng hợp, báo cáo (15/1).").Replace("Ngày 12/8/2024", "Ngày 20/11/2024", StringComparison.Ordinal);

        Assert.Equal([new DateOnly(2025, 1, 15)], Notices.Parser.Parse(text).Directives.Single().ExplicitDates());
    }

    [Theory]
    [InlineData("Thực hiện theo Kế hoạch số 12/KH-UBND ngày 05/9/2024 của Ủy ban nhân dân tỉnh.")]
    [InlineData("Bố trí vốn trong Kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030.")]
    [InlineData("Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050.")]
    [InlineData("Phát huy kết quả đã đạt được từ ngày 01/8/2024.")]
    [InlineData("Rút kinh nghiệm từ đợt mưa lũ ngày 25/7/2024.")]
    [InlineData("Tổ chức kỳ họp trong 03 ngày, từ ngày 10/12/2024 đến ngày 12/12/2024.")]
    [InlineData("Thống nhất thời gian tổ chức kỳ họp thường lệ cuối năm 2024.")]
    [InlineData("Chuẩn bị kỷ niệm 95 năm Ngày thành lập Đảng (03/02/1930 - 03/02/2025).")]
    public void Dates_of_cited_documents_plan_periods_and_the_past_are_not_deadlines(string item) =>
        Assert.Empty(Notices.Only(item).ExplicitDates());

    [Theory]
    [InlineData("Sở Tài chính báo cáo trước ngày 31 tháng 12 hằng năm.")]
    [InlineData("Định kỳ hằng quý, Sở Công Thương tổng hợp, báo cáo Ủy ban nhân dân tỉnh.")]
    [InlineData("Sở Y tế kiểm tra định kỳ các cơ sở khám bệnh.")]
    public void Recurring_duties_are_recurring_not_dated(string item)
    {
        var directive = Notices.Only(item);

        Assert.Empty(directive.ExplicitDates());
        Assert.Contains(directive.Deadlines, d => d.Kind == DeadlineKind.Recurring && d.Date is null);
    }

    [Theory]
    [InlineData("Sở Nội vụ tham mưu sắp xếp tổ chức bộ máy (khi có hướng dẫn của Trung ương).", true)]
    [InlineData("Sở Tài chính bố trí kinh phí sau khi được cấp có thẩm quyền phê duyệt dự án.", true)]
    [InlineData("Sở Xây dựng triển khai ngay khi có quyết định giao vốn.", true)]
    [InlineData("Nếu đủ điều kiện, Sở Xây dựng đề xuất mở rộng khu tái định cư.", false)]
    [InlineData("Công an tỉnh xử lý kịp thời khi có vụ việc phức tạp phát sinh.", false)]
    [InlineData("Sở Giao thông vận tải chỉ đạo nhà thầu tăng ca sau khi dự án điều chỉnh được phê duyệt.", true)]
    [InlineData("Bộ Tài chính giao vốn ngay khi Nghị quyết của Quốc hội được ban hành.", true)]
    [InlineData("Sở Công Thương không thu hút thêm dự án cho đến khi trạm xử lý nước thải hoàn thành.", true)]
    [InlineData("Sở Xây dựng thẩm định hồ sơ trong 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.", true)]
    [InlineData("Sở Y tế thực hiện kể từ ngày ký Thông báo này.", false)]
    public void Timing_that_waits_on_an_event_is_conditional(string item, bool conditional)
    {
        var directive = Notices.Only(item);

        Assert.Equal(conditional, directive.Conditional);
        Assert.Equal(conditional, directive.Deadlines.Any(d => d.Kind == DeadlineKind.Conditional && d.Date is null));
    }

    [Fact]
    public void The_meeting_date_and_the_planned_period_come_from_the_preamble()
    {
        var text = Notices.WithItems("Sở Tài chính chủ trì thực hiện.")
            .Replace("tổ chức cuộc họp về công tác phòng, chống thiên tai.", "tổ chức cuộc họp triển khai nhiệm vụ 6 tháng cuối năm 2024.", StringComparison.Ordinal);

        var notice = Notices.Parser.Parse(text);

        Assert.Equal(new DateOnly(2024, 8, 12), notice.MeetingDate);
        Assert.Equal(new DateOnly(2024, 12, 31), notice.PeriodEnd);
        Assert.Equal(new DateOnly(2024, 8, 16), notice.DocumentDate);
        Assert.Empty(notice.Directives.Single().Deadlines);
    }
}
