using System.Text;
using Serverless.Tracking;

namespace Serverless.Notices.Tests;

public sealed class AddresseeMatcherTests
{
    private static readonly AddresseeMatcher Seed = TestDirectories.Build(TestDirectories.Seed()).Matcher;

    [Theory]
    [InlineData("Công an tỉnh", "CAT")]
    [InlineData("CA tỉnh", "CAT")]
    [InlineData("Ngành Công an", "CAT")]
    [InlineData("Bộ CHQS tỉnh", "BCHQS")]
    [InlineData("Bộ Chỉ huy Quân sự tỉnh", "BCHQS")]
    [InlineData("Quân sự", "BCHQS")]
    [InlineData("BĐBP tỉnh", "BDBP")]
    [InlineData("Sở KH&ĐT", "STC")]
    [InlineData("UBND tỉnh", "UBNDT")]
    [InlineData("Ủy ban MTTQ tỉnh", "UBMTTQ")]
    [InlineData("huyện Cái Bè", "UBND-H-CAIBE")]
    [InlineData("UBND huyện Cái Bè", "UBND-H-CAIBE")]
    [InlineData("TP Mỹ Tho", "UBND-TP-MYTHO")]
    [InlineData("Sở Xây dựng tỉnh Tiền Giang", "SXD")]
    public void Names_aliases_and_abbreviations_find_their_agency(string name, string code)
    {
        Assert.Equal(code, Seed.Match(name)?.Code);
    }

    [Fact]
    public void Decomposed_text_and_old_tone_placement_match_like_the_directory_spelling()
    {
        var nfd = "Ủy ban Kiểm tra Tỉnh ủy".Normalize(NormalizationForm.FormD);
        const string oldStyle = "Uỷ ban Kiểm tra Tỉnh uỷ";

        Assert.Equal("UBKTTU", Seed.Match(nfd)?.Code);
        Assert.Equal("UBKTTU", Seed.Match(oldStyle)?.Code);
        Assert.Equal("UBKTTU", Seed.Match(oldStyle.Normalize(NormalizationForm.FormD))?.Code);
    }

    [Theory]
    [InlineData("Các Sở, ban, ngành thuộc tỉnh", "G-SO-BAN-NGANH")]
    [InlineData("UBND các xã, phường", "G-UBND-XA")]
    [InlineData("Ủy ban nhân dân các xã, phường có cụm công nghiệp", "G-UBND-XA")]
    [InlineData("Các ban Đảng của Tỉnh ủy", "G-BAN-DANG")]
    [InlineData("lực lượng vũ trang", "G-LLVT")]
    public void Group_phrases_find_their_group(string name, string code)
    {
        var match = Seed.Match(name);

        Assert.Equal(code, match?.Code);
        Assert.True(match!.IsGroup);
    }

    [Fact]
    public void An_unknown_name_matches_nothing()
    {
        Assert.Null(Seed.Match("Công ty Điện lực Lào Cai"));
        Assert.Null(Seed.Match("Sở Ngoại vụ tỉnh Sông Lam"));
    }

    [Fact]
    public void A_phrase_naming_everyone_is_found_when_it_opens_a_sentence()
    {
        var groups = Seed.GroupSubjects("Quan tâm phát triển văn hóa. Các cấp, các ngành và các địa phương đẩy mạnh các hoạt động đền ơn đáp nghĩa.");

        Assert.Equal(["G-TOAN-TINH"], groups.Select(g => g.Code));
        Assert.Empty(Seed.GroupSubjects("Tăng cường kỷ luật tài chính ở tất cả các cấp, các ngành."));
    }

    [Fact]
    public void A_retired_agency_and_a_replaced_directory_are_seen_at_once()
    {
        var file = TestDirectories.WithCommunes(2);
        var (matcher, _, directory) = TestDirectories.Build(file);
        Assert.Equal("SXD", matcher.Match("Sở XD")?.Code);

        file.Agencies[2] = file.Agencies[2] with { Retired = true };
        directory.Replace(file);

        Assert.Null(matcher.Match("Sở XD"));
        Assert.False(directory.IsActive("SXD"));
        Assert.True(directory.Contains("SXD"));
    }
}
