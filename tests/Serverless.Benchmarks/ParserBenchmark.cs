using System.Diagnostics;
using System.Globalization;
using System.Text;
using Serverless.Notices;

namespace Serverless.Benchmarks;

/// <summary>Parses a ~20-page notice many times and prints the median and 95th percentile.</summary>
internal static class ParserBenchmark
{
    private const int DefaultIterations = 200;
    private const int WarmUp = 20;
    private const int TargetCharacters = 20 * 3_000;

    public static int Run(string[] args)
    {
        var iterations = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var n) ? n : DefaultIterations;
        var text = TwentyPageNotice();
        var parser = new NoticeParser();
        var directives = parser.Parse(text).Directives.Count;
        for (var i = 0; i < WarmUp; i++)
            parser.Parse(text);

        var samples = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var clock = Stopwatch.StartNew();
            parser.Parse(text);
            samples[i] = clock.Elapsed.TotalMilliseconds;
        }

        Array.Sort(samples);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"parser: {text.Length} characters (~{text.Length / 3_000} pages), {directives} directives, {iterations} runs: median {Percentile(samples, 0.50):0.00} ms, p95 {Percentile(samples, 0.95):0.00} ms"));
        return 0;
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    // An invented notice (province Sông Lam) in the shape of real ones: letterhead, preamble, then items with
    // sub-items, agencies, deadlines, page breaks and emphasis left over from extraction.
    private static string TwentyPageNotice()
    {
        var text = new StringBuilder();
        text.AppendLine("UBND TỈNH SÔNG LAM\nVĂN PHÒNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 233/TB-VP | Sông Lam, ngày 12 tháng 9 năm 2024\n");
        text.AppendLine("THÔNG BÁO\nKết luận của Chủ tịch Ủy ban nhân dân tỉnh tại Hội nghị triển khai nhiệm vụ 6 tháng cuối năm 2024\n_____________");
        text.AppendLine("Ngày 10/9/2024, Ủy ban nhân dân tỉnh tổ chức Hội nghị triển khai nhiệm vụ 6 tháng cuối năm 2024. Sau khi nghe Sở Tài chính báo cáo, Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau:");
        var item = 0;
        while (text.Length < TargetCharacters)
        {
            item++;
            text.Append(CultureInfo.InvariantCulture, $"{item}. Giao Sở Xây dựng chủ trì, phối hợp với Sở Tài chính, **Công an tỉnh** và UBND các xã: Tân Lập, Hồng Phong rà soát các công trình ");
            text.AppendLine("hạ tầng bị ảnh hưởng bởi mưa lũ, hoàn thành trước ngày 30/9/2024; báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện trong tháng 10/2024.");
            text.AppendLine("a) Sở Nông nghiệp và Môi trường hướng dẫn các địa phương khắc phục sản xuất theo Kế hoạch số 12/KH-UBND ngày 05/9/2024 của Ủy ban nhân dân tỉnh;");
            text.AppendLine("b) Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh đẩy nhanh tiến độ, hoàn thành trong quý IV/2024 (*khi có quyết định giao vốn bổ sung*);\n");
            text.AppendLine("c) Định kỳ hằng quý, Văn phòng Ủy ban nhân dân tỉnh tổng hợp, báo cáo; chăm lo đời sống nhân dân trước Tết Nguyên đán. Tiếp tục triển khai các giải pháp bảo đảm an sinh xã hội, giảm nghèo bền vững trên địa bàn huyện Bến Lội, thị xã Hồ Xanh (27/9).\n");
        }

        text.AppendLine("Trên đây là kết luận của Chủ tịch Ủy ban nhân dân tỉnh; Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.");
        return text.ToString();
    }
}
