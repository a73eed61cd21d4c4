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
                var drafts = new ImportDraftBuilder(new ImportPlanner(new AddresseeMatcher(agencies, registry), agencies));
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
        var agencies = new Option<FileInfo>("--agencies") { Description = "The directory drafts are matched against (default: the shipped agencies.json)." };
        var directories = new Option<DirectoryInfo>("--directories") { Description = "Folder of PROVINCE.agencies.json: a notice named PROVINCE-… is matched against that province's directory." };
        var readiness = new Option<bool>("--readiness") { Description = "Also fail when a notice's draft is not ready to import (a directive unmapped, a field to fill, an addressed directive without a task)." };
        var command = new Command("eval", "Scores the parser and the import readiness of its drafts on labelled notices; exits 1 when under the targets.") { directory, agencies, directories, readiness };
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
            var agencyFile = parse.GetValue(agencies)?.FullName ?? Path.Combine(AppContext.BaseDirectory, "agencies.json");
            var scores = new ReadinessEvaluator().Evaluate(dir.FullName, AgencyDirectory.ReadFile(agencyFile), parse.GetValue(directories)?.FullName);
            Console.WriteLine(ReadinessEvaluator.ToText(scores));
            var failures = report.Failures(ScoreThresholds.Targets).ToList();
            if (parse.GetValue(readiness))
                failures.AddRange(ReadinessEvaluator.Failures(scores));
            foreach (var failure in failures) Console.Error.WriteLine($"UNDER TARGET: {failure}");
            return failures.Count == 0 && report.Files.Count > 0 ? 0 : 1;
        });
        return command;
    }
}
