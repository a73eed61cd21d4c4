using Serverless.Tracking;

namespace Serverless.Notices.Tests;

public sealed class ImportPlannerTests
{
    [Fact]
    public void A_directive_for_a_group_of_a_hundred_communes_becomes_a_hundred_tasks()
    {
        var (_, planner, _) = TestDirectories.Build(TestDirectories.WithCommunes(100));

        var plan = planner.Plan(Notices.Parser.Parse(Notices.WithItems("UBND các xã, phường rà soát các hộ dân trong vùng sạt lở.")))[0];

        Assert.Equal(100, plan.Leads.Count);
        Assert.Equal(100, plan.Leads.Distinct().Count());
        var group = Assert.Single(plan.Groups);
        Assert.Equal(("G-XA", 100), (group.Code, group.Tasks));
    }

    [Fact]
    public void A_commune_retired_after_an_import_is_left_out_of_the_next_draft()
    {
        var file = TestDirectories.WithCommunes(100);
        var (_, planner, directory) = TestDirectories.Build(file);
        var text = Notices.WithItems("UBND các xã, phường rà soát các hộ dân trong vùng sạt lở.");
        var before = planner.Plan(Notices.Parser.Parse(text))[0];

        file.Agencies[^1] = file.Agencies[^1] with { Retired = true };
        directory.Replace(file);
        var after = planner.Plan(Notices.Parser.Parse(text))[0];

        Assert.Contains("XA-100", before.Leads);
        Assert.DoesNotContain("XA-100", after.Leads);
        Assert.Equal(99, after.Groups.Single().Tasks);
    }

    [Fact]
    public void An_item_with_no_subject_goes_to_the_agencies_the_lead_in_names()
    {
        var (_, planner, _) = TestDirectories.Build(TestDirectories.Seed());
        var text = Notices.Header.Replace("kết luận như sau:", "kết luận; đề nghị các sở, ban, ngành và Mặt trận Tổ quốc, các đoàn thể lưu ý mấy việc:", StringComparison.Ordinal)
            + "1. Tăng cường hỗ trợ doanh nghiệp phát triển thị trường nội địa.\n2. Công an tỉnh bảo đảm an ninh trật tự." + Notices.Footer;

        var plans = planner.Plan(Notices.Parser.Parse(text));

        Assert.Equal(ImportPlanner.FromNotice, plans[0].LeadSource);
        Assert.Equal(["G-DOAN-THE", "G-SO-BAN-NGANH"], plans[0].Groups.Select(g => g.Code).Order());
        Assert.Contains("STC", plans[0].Leads);
        Assert.Contains("HND", plans[0].Leads);
        Assert.Equal(["CAT"], plans[1].Leads);
    }

    [Fact]
    public void Lead_names_the_directory_does_not_know_are_reported_not_replaced()
    {
        var (_, planner, _) = TestDirectories.Build(TestDirectories.WithCommunes(3));

        var plan = planner.Plan(Notices.Parser.Parse(Notices.WithItems("Giao Sở Ngoại vụ chủ trì tổ chức đón đoàn khách quốc tế.")))[0];

        Assert.Empty(plan.Leads);
        Assert.Equal(ImportPlanner.NoSource, plan.LeadSource);
        Assert.Contains(plan.Unmatched, n => n.Contains("Ngoại vụ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_saved_alias_changes_the_next_plan()
    {
        var file = TestDirectories.WithCommunes(1);
        var (_, planner, directory) = TestDirectories.Build(file);
        var text = Notices.WithItems("Giao Sở Ngoại vụ chủ trì tổ chức đón đoàn khách quốc tế.");
        Assert.Empty(planner.Plan(Notices.Parser.Parse(text))[0].Leads);

        file.Agencies.Add(new Agency("VPUBND-NV", "Phòng Ngoại vụ Văn phòng Ủy ban nhân dân tỉnh", null, AgencyKinds.Department, ["Sở Ngoại vụ"]));
        directory.Replace(file);

        Assert.Equal(["VPUBND-NV"], planner.Plan(Notices.Parser.Parse(text))[0].Leads);
    }

    [Fact]
    public void Nothing_is_left_to_fill_when_the_notice_names_its_issuer_date_and_leads()
    {
        var (_, planner, _) = TestDirectories.Build(TestDirectories.Seed());
        var parsed = Notices.Parser.Parse(Notices.WithItems("Giao Sở Xây dựng chủ trì rà soát công trình xuống cấp.", "Sở Ngoại vụ tỉnh Sông Lam đón đoàn."));

        var missing = ImportPlanner.Missing(parsed, planner.Plan(parsed));

        Assert.Equal(["directives[1].tasks"], missing);
    }
}
