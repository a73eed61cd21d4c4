using Serverless.Tracking;

namespace Serverless.Notices.Tests;

/// <summary>Directories for the matching tests: the shipped seed, and small invented ones.</summary>
internal static class TestDirectories
{
    public static AgencyDirectoryFile Seed() => AgencyDirectory.ReadFile(Path.Combine(AppContext.BaseDirectory, "agencies.json"));

    /// <summary>The leadership, its office, one department and <paramref name="communes"/> communes of an invented province.</summary>
    public static AgencyDirectoryFile WithCommunes(int communes) => new()
    {
        Leadership = "LD",
        SupervisingOffice = "VP",
        Agencies =
        [
            new Agency("LD", "Lãnh đạo Ủy ban nhân dân tỉnh", null, AgencyKinds.Leadership),
            new Agency("VP", "Văn phòng Ủy ban nhân dân tỉnh", null, AgencyKinds.Leadership),
            new Agency("SXD", "Sở Xây dựng", null, AgencyKinds.Department, ["Sở XD"]),
            .. Enumerable.Range(1, communes).Select(i => new Agency($"XA-{i:D3}", $"Ủy ban nhân dân xã Số {i}", null, AgencyKinds.Commune)),
        ],
        Groups = [new AgencyGroup("G-XA", "Ủy ban nhân dân các xã, phường", [AgencyKinds.Commune], null, ["UBND các xã, phường", "UBND cấp xã"])],
    };

    public static (AddresseeMatcher Matcher, ImportPlanner Planner, AgencyDirectory Directory) Build(AgencyDirectoryFile file)
    {
        var directory = new AgencyDirectory(file);
        var matcher = new AddresseeMatcher(directory, AgencyRegistry.Default);
        return (matcher, new ImportPlanner(matcher, directory), directory);
    }
}
