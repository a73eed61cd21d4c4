using Serverless.Notices;

namespace Serverless.Notices.Tests;

public sealed class AgencyTests
{
    private const string Letter =
        "ỦY BAN NHÂN DÂN\nTỈNH SÔNG LAM\nSố: 1520/UBND-KT\nV/v khắc phục hậu quả mưa lũ\nSông Lam, ngày 05 tháng 9 năm 2024\n" +
        "Kính gửi:\n- Các Sở: Xây dựng, Tài chính,\nNông nghiệp và Môi trường;\n- UBND các huyện: Bến Lội, Tân Kỳ.\n" +
        "Xét đề nghị của Sở Nông nghiệp và Môi trường tại Báo cáo số 301/BC-SNNMT ngày 02/9/2024, Chủ tịch Ủy ban nhân dân tỉnh có ý kiến chỉ đạo như sau:\n";

    [Fact]
    public void The_one_who_is_given_the_work_leads_and_the_ones_it_works_with_coordinate()
    {
        var directive = Notices.Only(
            "Giao Sở Công Thương chủ trì, phối hợp với Sở Tài chính và Công an tỉnh kiểm tra thị trường, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/9/2024.");

        AssertRoles(
            directive,
            ("Sở Công Thương", AgencyRole.Lead),
            ("Sở Tài chính", AgencyRole.Coordinating),
            ("Công an tỉnh", AgencyRole.Coordinating),
            ("Ủy ban nhân dân tỉnh", AgencyRole.Mentioned));
    }

    [Fact]
    public void The_subject_of_a_sentence_leads()
    {
        var directive = Notices.Only("Trung tâm Xúc tiến Đầu tư tỉnh khẩn trương hoàn thiện hồ sơ; đồng thời, Sở Tư pháp thẩm định theo quy định.");

        Assert.Equal(AgencyRole.Lead, directive.Agency("Trung tâm Xúc tiến Đầu tư tỉnh").Role);
        Assert.Equal(AgencyRole.Lead, directive.Agency("Sở Tư pháp").Role);
    }

    [Fact]
    public void Cited_documents_reports_and_places_only_mention_an_agency()
    {
        var directive = Notices.Only(
            "Giao Sở Y tế thực hiện theo Quyết định số 15/QĐ-UBND của Ủy ban nhân dân tỉnh, tập trung trên địa bàn huyện Bến Lội, kịp thời báo cáo Bộ Y tế.");

        Assert.Equal(AgencyRole.Lead, directive.Agency("Sở Y tế").Role);
        Assert.Equal(AgencyRole.Mentioned, directive.Agency("Ủy ban nhân dân tỉnh").Role);
        Assert.Equal(AgencyRole.Mentioned, directive.Agency("huyện Bến Lội").Role);
        Assert.Equal(AgencyRole.Mentioned, directive.Agency("Bộ Y tế").Role);
    }

    [Fact]
    public void A_distributive_name_is_one_agency_per_place()
    {
        var directive = Notices.Only("Giao UBND các xã: Tân Lập, Hồng Phong và Đông Sơn rà soát các hộ dân ở vùng sạt lở.");

        Assert.Equal(["UBND xã Tân Lập", "UBND xã Hồng Phong", "UBND xã Đông Sơn"], directive.Agencies.Select(a => a.Name));
        Assert.All(directive.Agencies, a => Assert.Equal(AgencyRole.Lead, a.Role));
    }

    [Fact]
    public void A_shared_department_head_is_one_agency_per_department()
    {
        var directive = Notices.Only("Giao các Sở: Tài chính, Nông nghiệp và Môi trường phối hợp thực hiện.");

        Assert.Equal(["Sở Tài chính", "Sở Nông nghiệp và Môi trường"], directive.Agencies.Select(a => a.Name));
    }

    [Fact]
    public void Forces_listed_after_a_sector_word_are_each_an_agency()
    {
        var directive = Notices.Only("Ngành Công an, Quân sự, Biên phòng phối hợp chặt chẽ trong công tác bảo vệ biên giới.");

        Assert.Equal(["Công an", "Quân sự", "Biên phòng"], directive.Agencies.Select(a => a.Name));
    }

    [Fact]
    public void The_addressee_leads_items_that_name_no_subject_of_their_own()
    {
        var text = Letter + "1. Khẩn trương rà soát, thống kê thiệt hại, hoàn thành trước ngày 15/9/2024.\n" +
            "2. Giao Sở Tài chính chủ trì tham mưu bố trí kinh phí.\n3. Đánh giá cao tinh thần trách nhiệm của các địa phương.\n" + Notices.Footer;

        var notice = Notices.Parser.Parse(text);

        Assert.Equal(["Sở Xây dựng", "Sở Tài chính", "Sở Nông nghiệp và Môi trường", "UBND huyện Bến Lội", "UBND huyện Tân Kỳ"], notice.Addressees.Select(a => a.Name));
        Assert.Equal(notice.Addressees.Select(a => a.Name), notice.Directives[0].Agencies.Select(a => a.Name));
        Assert.All(notice.Directives[0].Agencies, a => Assert.Equal(AgencyRole.Lead, a.Role));
        Assert.Equal(["Sở Tài chính"], notice.Directives[1].Agencies.Select(a => a.Name));
        Assert.Empty(notice.Directives[2].Agencies);
        Assert.Null(notice.MeetingDate);
        Assert.Equal("khắc phục hậu quả mưa lũ", notice.Title);
    }

    [Fact]
    public void An_item_headed_by_an_agency_is_led_by_it()
    {
        var notice = Notices.Parser.Parse(Notices.Header +
            "1. Sở Y tế\n- Chủ trì kiểm tra các cơ sở khám bệnh, hoàn thành trước ngày 31/10/2024.\n- Phối hợp với Sở Nội vụ rà soát nhân lực; giao Trung tâm Kiểm soát bệnh tật tỉnh giám sát dịch bệnh; giao Trung tâm Y tế cấp huyện tuyên truyền.\n" +
            "2. Ủy ban nhân dân các huyện, thị xã có vùng lũ\nChủ động sơ tán dân, báo cáo Ủy ban nhân dân tỉnh.\n" + Notices.Footer);

        var first = notice.Directives[0];
        Assert.Equal(AgencyRole.Lead, first.Agency("Sở Y tế").Role);
        Assert.Equal(AgencyRole.Coordinating, first.Agency("Sở Nội vụ").Role);
        // The heading's lead hands work on: a named body that gets it does the work, a kind of body "cấp huyện" does not name one.
        Assert.Equal(AgencyRole.Lead, first.Agency("Trung tâm Kiểm soát bệnh tật tỉnh").Role);
        Assert.Equal(AgencyRole.Mentioned, first.Agency("Trung tâm Y tế cấp huyện").Role);
        Assert.Equal(AgencyRole.Lead, notice.Directives[1].Agency("Ủy ban nhân dân các huyện, thị xã có vùng lũ").Role);
        Assert.Equal(AgencyRole.Mentioned, notice.Directives[1].Agency("Ủy ban nhân dân tỉnh").Role);
    }

    [Fact]
    public void Abbreviations_are_recognised_and_named_by_the_registry()
    {
        var directive = Notices.Only("Giao Sở KH&ĐT chủ trì, phối hợp với UBND tỉnh, BCĐ phòng chống dịch tỉnh và UBMTTQ tỉnh triển khai.");

        Assert.Equal("Sở Kế hoạch và Đầu tư", directive.Agency("Sở KH&ĐT").Canonical);
        Assert.Equal("Ủy ban nhân dân tỉnh", directive.Agency("UBND tỉnh").Canonical);
        Assert.Equal(AgencyRole.Coordinating, directive.Agency("BCĐ phòng chống dịch tỉnh").Role);
        Assert.Equal("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", directive.Agency("UBMTTQ tỉnh").Canonical);
    }

    [Fact]
    public void A_unit_of_a_council_or_committee_is_one_name_with_its_parent()
    {
        var directive = Notices.Only("Giao Ban Pháp chế HĐND tỉnh phối hợp với Ban Văn hóa - Xã hội HĐND tỉnh và Phòng Tài chính - Kế hoạch huyện Tân Kỳ theo dõi.");

        Assert.Equal(["Ban Pháp chế HĐND tỉnh", "Ban Văn hóa - Xã hội HĐND tỉnh", "Phòng Tài chính - Kế hoạch huyện Tân Kỳ"], directive.Agencies.Select(a => a.Name));
        Assert.Equal(AgencyRole.Lead, directive.Agency("Ban Pháp chế HĐND tỉnh").Role);
    }

    [Fact]
    public void A_new_head_after_và_starts_a_new_agency() =>
        Assert.Equal(
            ["Cục Quản lý đất đai", "Cục Chuyển đổi số", "Vụ Pháp chế"],
            Notices.Only("Cục Quản lý đất đai chủ trì, phối hợp với Cục Chuyển đổi số và Vụ Pháp chế hoàn thiện dự thảo Thông tư.").Agencies.Select(a => a.Name));

    [Fact]
    public void A_road_or_a_cooperative_is_not_a_place()
    {
        var directive = Notices.Only("Sở Xây dựng điều chỉnh dự án đường tỉnh 742; Hợp tác xã Nông nghiệp Tân Phúc nạo vét kênh mương.");

        Assert.Equal(["Sở Xây dựng", "Hợp tác xã Nông nghiệp Tân Phúc"], directive.Agencies.Select(a => a.Name));
        Assert.All(directive.Agencies, a => Assert.Equal(AgencyRole.Lead, a.Role));
    }

    [Fact]
    public void A_Party_body_that_leads_another_body_hands_it_the_work()
    {
        var directive = Notices.Only("Đảng ủy Công an tỉnh lãnh đạo Công an tỉnh chủ trì, phối hợp với Huyện ủy Đồng Văn trấn áp tội phạm; tổng kết về lãnh đạo phát triển thành phố Hạ Lâm.");

        AssertRoles(
            directive,
            ("Đảng ủy Công an tỉnh", AgencyRole.Lead),
            ("Công an tỉnh", AgencyRole.Lead),
            ("Huyện ủy Đồng Văn", AgencyRole.Coordinating),
            ("thành phố Hạ Lâm", AgencyRole.Mentioned));
    }

    [Fact]
    public void A_heading_that_is_not_a_name_gives_its_place_no_role_over_the_next_line()
    {
        var notice = Notices.Parser.Parse(Notices.Header +
            "1. Dự án Công viên trung tâm thành phố Hồ Xanh\nUBND thành phố Hồ Xanh hoàn thành hạng mục cây xanh trước ngày 30/11/2024.\n" +
            "2. Sự kiện (kỳ họp thường lệ) HĐND tỉnh tổ chức trong 03 ngày.\n" + Notices.Footer);

        Assert.Equal(AgencyRole.Lead, notice.Directives[0].Agency("UBND thành phố Hồ Xanh").Role);
        Assert.Equal(AgencyRole.Mentioned, notice.Directives[1].Agency("HĐND tỉnh").Role);
    }

    [Fact]
    public void Generic_addressees_are_not_agencies() =>
        Assert.Empty(Notices.Only("Các cấp, các ngành và các địa phương tăng cường công tác tuyên truyền.").Agencies);

    [Fact]
    public void Praise_names_no_one_as_doing_the_work() =>
        Assert.DoesNotContain(Notices.Only("Ủy ban nhân dân tỉnh ghi nhận và đánh giá cao Sở Y tế đã chủ động phòng dịch.").Agencies, a => a.Role != AgencyRole.Mentioned);

    [Fact]
    public void The_registry_tells_the_canonical_name_of_a_spelling()
    {
        var registry = AgencyRegistry.Default;

        Assert.Equal("Ủy ban nhân dân tỉnh", registry.CanonicalName("UBND tỉnh"));
        Assert.Equal("Ban Quản lý Khu du lịch Hồ Xanh", registry.CanonicalName("BQL Khu du lịch Hồ Xanh", "Sông Lam"));
        Assert.Null(registry.CanonicalName("BQL Khu du lịch Hồ Xanh"));
        Assert.Equal(registry.NameKey("Tỉnh uỷ"), registry.NameKey("TỈNH ỦY"));
    }

    private static void AssertRoles(ParsedDirective directive, params (string Name, AgencyRole Role)[] expected) =>
        Assert.Equal(expected, expected.Select(e => (e.Name, directive.Agency(e.Name).Role)));
}
