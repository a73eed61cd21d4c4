using Serverless.Notices;

namespace Serverless.Notices.Tests;

/// <summary>Builds notices of an invented province (Sông Lam) around the items a test needs.</summary>
internal static class Notices
{
    public const string Header =
        "ỦY BAN NHÂN DÂN\nTỈNH SÔNG LAM\nSố: 412/TB-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" +
        "Sông Lam, ngày 16 tháng 8 năm 2024\n\nTHÔNG BÁO\nKết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về\n" +
        "công tác phòng, chống thiên tai và phát triển hạ tầng\n_____________\n\n" +
        "Ngày 12/8/2024, Ủy ban nhân dân tỉnh tổ chức cuộc họp về công tác phòng, chống thiên tai. Sau khi nghe Sở Xây dựng báo cáo, " +
        "Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau:\n";

    public const string Footer =
        "\nTrên đây là kết luận của Chủ tịch Ủy ban nhân dân tỉnh; Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.\n" +
        "Nơi nhận:\n- Như trên;\n- Chủ tịch, các PCT UBND tỉnh;\n- Lưu: VT, TH.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Bình";

    public static NoticeParser Parser { get; } = new();

    /// <summary>A notice whose items are numbered "1.", "2.", ... in order.</summary>
    public static string WithItems(params string[] items) =>
        Header + string.Join('\n', items.Select((item, i) => $"{i + 1}. {item}")) + Footer;

    /// <summary>The single directive of a notice made of one item.</summary>
    public static ParsedDirective Only(string item) => Parser.Parse(WithItems(item)).Directives.Single();

    public static ParsedAgency Agency(this ParsedDirective directive, string name) =>
        directive.Agencies.Single(a => a.Name == name);

    public static IReadOnlyList<DateOnly> ExplicitDates(this ParsedDirective directive) =>
        [.. directive.Deadlines.Where(d => d.Kind == DeadlineKind.Explicit).Select(d => d.Date!.Value)];
}
