namespace Serverless.Grains.Tests;

/// <summary>Small notices and tasks written for the tests.</summary>
public static class TestNotices
{
    /// <summary>A fresh notice id, so tests sharing a cluster never meet.</summary>
    public static string NewNoticeId() => $"tb-{Guid.NewGuid():N}"[..24];

    /// <summary>A task of a fresh notice, led by the Department of Construction, due on the given dates.</summary>
    public static TaskDefinition Task(params DateOnly[] dueDates)
    {
        var noticeId = NewNoticeId();
        return new TaskDefinition($"{noticeId}.1.1", noticeId, "45/TB-UBND", 1,
            "Hoàn thiện hồ sơ quy hoạch khu dân cư phía Đông.", "SXD", ["STC"], dueDates);
    }

    /// <summary>A notice with two directives: an evaluative one and one with two tasks.</summary>
    public static NoticeDefinition Notice(string noticeId) => new(
        noticeId, "46/TB-UBND", "Thông báo kết luận về công tác chuẩn bị mùa mưa bão", "Ủy ban nhân dân tỉnh",
        new DateOnly(2023, 7, 10), new DateOnly(2023, 7, 8),
        [
            new DirectiveDefinition(1, "Đánh giá cao công tác chuẩn bị của các ngành.", []),
            new DirectiveDefinition(2, "Giao Sở Nông nghiệp và Môi trường rà soát hệ thống đê điều; Công an tỉnh xây dựng phương án cứu hộ.",
            [
                new TaskDefinition($"{noticeId}.2.1", noticeId, "46/TB-UBND", 2, "Rà soát hệ thống đê điều.", "SNNMT", [], [new DateOnly(2023, 8, 15)]),
                new TaskDefinition($"{noticeId}.2.2", noticeId, "46/TB-UBND", 2, "Xây dựng phương án cứu hộ.", "CAT", ["SYT"], [new DateOnly(2023, 8, 31)]),
            ]),
        ]);
}
