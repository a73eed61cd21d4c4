namespace Serverless.Functions.Tests;

/// <summary>Notices written for the HTTP tests, as anonymous objects in the API's JSON shape.</summary>
public static class SampleNotices
{
    public static string NewId() => $"tb-{Guid.NewGuid():N}"[..24];

    /// <summary>The same directives with task 3.2 (CAT) conditional instead of regular.</summary>
    public static object[] WithConditionalTask(object[] directives)
    {
        ArgumentNullException.ThrowIfNull(directives);
        var copy = directives.ToArray();
        copy[2] = new
        {
            number = 3,
            text = "Sở Xây dựng rà soát nhà ở xuống cấp; Công an tỉnh xây dựng phương án sơ tán khi có hướng dẫn của Bộ Công an.",
            tasks = new object[]
            {
                new { content = "Rà soát nhà ở xuống cấp.", leadAgency = "SXD", coordinatingAgencies = Array.Empty<string>(), deadlines = new[] { "2023-08-31" } },
                new { content = "Xây dựng phương án sơ tán dân khi có hướng dẫn.", leadAgency = "CAT", coordinatingAgencies = Array.Empty<string>(), deadlines = Array.Empty<string>(), timing = "conditional" },
            },
        };
        return copy;
    }

    /// <summary>
    /// A notice with three tasks for three agencies. Its number and first directive carry the id: the API refuses the
    /// same number or the same directives under a second id.
    /// </summary>
    public static Dictionary<string, object?> Valid(string id, string due = "2023-08-31") => new()
    {
        ["id"] = id,
        ["number"] = $"77-{id}/TB-UBND",
        ["title"] = "Thông báo kết luận về công tác phòng, chống thiên tai năm 2023",
        ["issuer"] = "Ủy ban nhân dân tỉnh",
        ["issuedOn"] = "2023-07-03",
        ["meetingDate"] = "2023-07-01",
        ["directives"] = new object[]
        {
            new { number = 1, text = $"Biểu dương các lực lượng đã chủ động ứng phó (hồ sơ {id}).", track = false, tasks = Array.Empty<object>() },
            new
            {
                number = 2,
                text = "Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Tài chính kiểm tra hồ đập.",
                tasks = new object[]
                {
                    new { content = "Kiểm tra an toàn hồ đập trước mùa mưa bão.", leadAgency = "SNNMT", coordinatingAgencies = new[] { "STC" }, deadlines = new[] { due } },
                },
            },
            new
            {
                number = 3,
                text = "Sở Xây dựng rà soát nhà ở xuống cấp; Công an tỉnh xây dựng phương án sơ tán.",
                tasks = new object[]
                {
                    new { content = "Rà soát nhà ở xuống cấp.", leadAgency = "SXD", coordinatingAgencies = Array.Empty<string>(), deadlines = new[] { due } },
                    new { content = "Xây dựng phương án sơ tán dân.", leadAgency = "CAT", coordinatingAgencies = Array.Empty<string>(), deadlines = Array.Empty<string>() },
                },
            },
        },
    };
}
