using Serverless.Grains.Domain;
using Xunit;

namespace Serverless.Grains.Tests;

public sealed class AgencyDirectoryTests
{
    private static AgencyDirectoryFile File(params Agency[] agencies) => new()
    {
        Leadership = "LD",
        SupervisingOffice = "VP",
        Agencies = [new Agency("LD", "Lãnh đạo", null), new Agency("VP", "Văn phòng", null), .. agencies],
    };

    [Fact]
    public void The_shipped_agency_list_is_valid()
    {
        var directory = AgencyDirectory.Load(Path.Combine(AppContext.BaseDirectory, "agencies.json"));

        Assert.True(directory.Contains("SXD"));
        Assert.Equal("LANHDAO", directory.Leadership);
    }

    [Fact]
    public void Escalations_go_to_the_agency_then_its_supervisor_then_leadership()
    {
        var directory = new AgencyDirectory(File(new Agency("SXD", "Sở Xây dựng", null), new Agency("XA", "UBND xã", "SXD")));

        Assert.Equal(new Recipients("SXD", "VP", "LD"), directory.RecipientsFor("SXD"));
        Assert.Equal(new Recipients("XA", "SXD", "LD"), directory.RecipientsFor("XA"));
    }

    [Theory]
    [InlineData("sxd", "code 'sxd'")]
    [InlineData("S/X", "code 'S/X'")]
    public void A_bad_code_stops_loading_with_a_message_naming_it(string code, string expected)
    {
        var error = Assert.Throws<InvalidOperationException>(() => new AgencyDirectory(File(new Agency(code, "Sở", null))));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_code_or_unknown_supervisor_stops_loading()
    {
        Assert.Throws<InvalidOperationException>(() => new AgencyDirectory(File(new Agency("SXD", "A", null), new Agency("SXD", "B", null))));
        Assert.Throws<InvalidOperationException>(() => new AgencyDirectory(File(new Agency("SXD", "A", "NOPE"))));
    }
}
