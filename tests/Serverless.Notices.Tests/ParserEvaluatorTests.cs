using Serverless.Notices;
using Serverless.Notices.Evaluation;

namespace Serverless.Notices.Tests;

public sealed class ParserEvaluatorTests
{
    private static string Fixture(string folder) => Path.Combine(AppContext.BaseDirectory, "Fixtures", folder);

    [Fact]
    public void A_label_that_disagrees_with_the_parse_gets_the_scores_counted_by_hand()
    {
        // mua-lu.expected.json labels items 1, 2, 3 and a non-existent 5 (item 4 is found but unlabelled);
        // item 2 has a wrong date and an agency the text does not give work to; item 3 names the wrong police.
        var report = new ParserEvaluator().Evaluate(Fixture("Scored"));
        var total = report.Total;

        Assert.Equal((4, 4, 3), (total.ExpectedDirectives, total.FoundDirectives, total.MatchedDirectives));
        Assert.Equal(0.75, total.DirectivePrecision);
        Assert.Equal(0.75, total.DirectiveRecall);
        Assert.Equal(0.5, total.DeadlineExact);
        Assert.Equal((6, 3), (total.LabelledAgencies, total.LabelledAgenciesMatched));
        Assert.Equal((4, 3), (total.ExtractedAgencies, total.ExtractedAgenciesMatched));
        Assert.Equal(0.75, total.AgencyPrecision);
        Assert.Equal(0.5, total.AgencyRecall);
        Assert.Equal(0.75, total.Conditional);
        Assert.Equal(6, report.Failures(ScoreThresholds.Targets).Count);
    }

    [Fact]
    public void The_report_prints_a_row_per_file_a_total_and_what_went_wrong()
    {
        var text = new ParserEvaluator().Evaluate(Fixture("Scored")).ToText();

        Assert.Contains("mua-lu  0.75  0.75  0.50   0.75  0.50  0.75", text, StringComparison.Ordinal);
        Assert.Contains("TOTAL", text, StringComparison.Ordinal);
        Assert.Contains("directive 5: not found", text, StringComparison.Ordinal);
        Assert.Contains("directive 2: missed agency \"Sở Nội vụ\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Labels_matched_by_containment_after_normalisation_score_perfectly_on_the_fixture_notices()
    {
        var report = new ParserEvaluator().Evaluate(Fixture("Notices"));

        Assert.Equal(2, report.Files.Count);
        Assert.Empty(report.Failures(ScoreThresholds.Targets));
    }

    [Fact]
    public void Notices_written_after_the_parser_in_other_styles_meet_the_issue_targets()
    {
        // Fixtures/Unseen holds notices written and labelled by hand without looking at the parser's output: a ministry,
        // the Government Office, a district, a commune, a People's Council, Party committees, "Kính gửi" letters, PDF noise.
        var folder = Fixture("Unseen");
        Assert.True(Directory.Exists(folder), $"unseen fixtures missing: {folder}");

        var report = new ParserEvaluator().Evaluate(folder);

        Assert.True(report.Files.Count >= 8, $"expected at least 8 labelled notices in {folder}");
        Assert.True(report.Failures(ScoreThresholds.Targets).Count == 0, report.ToText());
    }

    [Fact]
    public void An_empty_folder_fails_every_target_rather_than_passing_silently()
    {
        var empty = Directory.CreateTempSubdirectory("parser-eval-");
        try
        {
            Assert.Contains("no labelled notices were scored", new ParserEvaluator().Evaluate(empty.FullName).Failures(ScoreThresholds.Targets));
        }
        finally
        {
            empty.Delete();
        }
    }

    [Fact]
    public void The_shared_sample_notices_meet_the_issue_targets()
    {
        var samples = SampleFolder();

        var report = new ParserEvaluator().Evaluate(samples);

        Assert.True(report.Files.Count >= 3, $"expected the three labelled samples in {samples}");
        Assert.True(report.Failures(ScoreThresholds.Targets).Count == 0, report.ToText());
    }

    [Fact]
    public void The_shared_sample_notices_are_ready_to_import_against_their_directories()
    {
        var scores = new ReadinessEvaluator().Evaluate(SampleFolder(), TestDirectories.Seed(), Fixture("Directories"));

        Assert.True(scores.Count >= 3, "expected the three labelled samples");
        Assert.True(ReadinessEvaluator.Failures(scores).Count == 0, ReadinessEvaluator.ToText(scores));
        var seed = scores.Single(s => s.Name == "tien-giang-2023-06-30");
        Assert.Equal((9, 9, 0), (seed.Directives, seed.Mapped, seed.ToFill));
    }

    [Fact]
    public void The_readiness_of_the_seed_notice_against_a_directory_without_its_bodies_is_reported_as_not_ready()
    {
        var scores = new ReadinessEvaluator().Evaluate(SampleFolder(), TestDirectories.WithCommunes(2), null);

        var seed = scores.Single(s => s.Name == "tien-giang-2023-06-30");
        Assert.False(seed.Ready);
        Assert.Contains(ReadinessEvaluator.Failures(scores), f => f.Contains("tien-giang", StringComparison.Ordinal));
    }

    // The samples live beside the repository: walk up to the folder holding Serverless.sln, then ../shared/samples/notices.
    private static string SampleFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Serverless.sln")))
            directory = directory.Parent;
        Assert.True(directory is not null, $"no Serverless.sln above {AppContext.BaseDirectory}");
        var samples = Path.GetFullPath(Path.Combine(directory!.FullName, "..", "shared", "samples", "notices"));
        Assert.True(Directory.Exists(samples), $"sample notices missing: {samples}");
        return samples;
    }
}
