using System.CommandLine;
using System.Text.Json;
using Serverless.Functions.Http;
using Serverless.Functions.Importing;
using Serverless.Notices;
using Serverless.Tracking;
using Serverless.Notices.Evaluation;

namespace Serverless.LocalHost;

/// <summary>"parse FILE" prints the parser's JSON for a notice; "eval DIR" scores the parser on labelled notices.</summary>
public static class ParserCommands
{
    /// <summary>Builds "parse".</summary>
    public static Command Parse()
    {
        var file = new Argument<FileInfo>("file") { Description = "The notice's plain text (UTF-8)." };
        var command = new Command("parse",
            "Parses a notice's text and prints, as POST /api/notices/parse does, the parser's reading, the import draft and the unmatched agency names.") { file };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                Console.Error.WriteLine($"Không tìm thấy tệp {path.FullName}.");
                return 2;
            }
            try
            {
                var registry = AgencyRegistry.Default;
                var agencies = AgencyDirectory.Load(Path.Combine(AppContext.BaseDirectory, "agencies.json"));
                var drafts = new ImportDraftBuilder(new AgencyCodeMatcher(agencies, registry));
                var draft = drafts.Build(new NoticeParser(registry).Parse(File.ReadAllText(path.FullName)));
                Console.WriteLine(JsonSerializer.Serialize(draft, ApiJson.Options));
                return 0;
            }
            catch (NoticeParseException e)
            {
                Console.Error.WriteLine($"{e.Field}: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    /// <summary>Builds "eval".</summary>
    public static Command Eval()
    {
        var directory = new Argument<DirectoryInfo>("dir") { Description = "Folder of NAME.txt + NAME.expected.json." };
        var command = new Command("eval", "Scores the parser on labelled notices; exits 1 when a total is under the targets.") { directory };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(directory)!;
            if (!dir.Exists)
            {
                Console.Error.WriteLine($"Không tìm thấy thư mục {dir.FullName}.");
                return 2;
            }
            var report = new ParserEvaluator().Evaluate(dir.FullName);
            Console.WriteLine(report.ToText());
            var failures = report.Failures(ScoreThresholds.Targets);
            foreach (var failure in failures) Console.Error.WriteLine($"UNDER TARGET: {failure}");
            return failures.Count == 0 && report.Files.Count > 0 ? 0 : 1;
        });
        return command;
    }
}
