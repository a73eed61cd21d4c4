using Serverless.Tracking;
using Xunit;

namespace Serverless.Tracking.Tests;

public sealed class AgencyDirectoryTests
{
    private static AgencyDirectoryFile File(params Agency[] agencies) => new()
    {
        Leadership = "LD",
        SupervisingOffice = "VP",
        Agencies = [new Agency("LD", "Lãnh đạo", null), new Agency("VP", "Văn phòng", null), .. agencies],
    };

    private static (string, string, string) Levels(Recipients r) => (r.ForLevel(1), r.ForLevel(2), r.ForLevel(3));

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

        Assert.Equal(("SXD", "VP", "LD"), Levels(directory.RecipientsFor("SXD")));
        Assert.Equal(("XA", "SXD", "LD"), Levels(directory.RecipientsFor("XA")));
        Assert.Equal(["STC"], directory.RecipientsFor("SXD", ["STC"]).Coordinating!);
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
