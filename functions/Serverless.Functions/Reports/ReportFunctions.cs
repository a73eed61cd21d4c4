using Azure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Serverless.Functions.Auth;
using Serverless.Functions.Http;
using Serverless.Grains.Storage;
using Serverless.Tracking;
using Serverless.Tracking.Reporting;

namespace Serverless.Functions.Reports;

/// <summary>Periodic reports (as of their cut-off) and exports of reports and task lists.</summary>
public sealed class ReportFunctions(
    ApiGate gate, ReportSource source, TaskIndex taskIndex, AgencyDirectory agencies, IOptions<ReportOptions> options, WorkingDays workingDays,
    TrackingClock clock)
{
    /// <summary>The most rows a task-list export holds.</summary>
    public const int MaxExportRows = 5_000;

    /// <summary>
    /// The report of a period (<c>period</c> or <c>from</c>/<c>to</c>), for all lead agencies or one (<c>agency</c>),
    /// all notices or one (<c>noticeId</c>), as JSON, .xlsx or CSV (<c>format</c>; CSV holds the <c>sheet</c>
    /// summary or tasks). An agency gets its own row only.
    /// </summary>
    [Function("GetPeriodicReport")]
    public Task<IActionResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "reports/periodic")] HttpRequest request, CancellationToken cancellationToken) =>
        gate.RunAsync(request, [Roles.Leader, Roles.Office, Roles.Agency], async caller =>
        {
            if (ExportQuery.Read(request, allowJson: true, out var format) is { } formatProblem) return formatProblem;
            if (ExportQuery.ReadSheet(request, out var tasksSheet) is { } sheetProblem) return sheetProblem;
            var settings = options.Value;
            var (query, problem) = PeriodicReportQueryReader.Read(request, caller, settings.Rule, agencies);
            if (problem is not null) return problem;
            var today = clock.Today;
            if (query!.Period.From > today)
                return ApiResults.Invalid(request.Query.ContainsKey("period") ? "period" : "from", "Kỳ báo cáo chưa bắt đầu.");

            var facts = await source.LoadAsync(query, cancellationToken);
            var report = new PeriodicReportBuilder(settings.Rule, settings.Weights, workingDays, settings.EntryWorkingDays).Build(query.Period, facts, today);
            return format switch
            {
                ExportFormat.Xlsx => ExportFiles.File(SpreadsheetWriter.Xlsx(
                    [
                        ReportSheets.Summary(report, agencies, settings.IssuingOffice),
                        ReportSheets.Tasks(report, agencies, settings.IssuingOffice),
                        ReportSheets.Notices(report, settings.IssuingOffice, settings.EntryWorkingDays),
                    ]), format, ExportFiles.ReportName(report.Period)),
                ExportFormat.Csv => ExportFiles.File(SpreadsheetWriter.Csv(tasksSheet
                    ? ReportSheets.Tasks(report, agencies, settings.IssuingOffice)
                    : ReportSheets.Summary(report, agencies, settings.IssuingOffice)), format, ExportFiles.ReportName(report.Period)),
                _ => ApiResults.Json(PeriodicReportView.From(report, agencies, settings.IssuingOffice, settings.EntryWorkingDays, clock.Now)),
            };
        });

    /// <summary>
    /// A task list (the filters of <c>GET /api/tasks</c>) as .xlsx or CSV, up to <see cref="MaxExportRows"/> rows.
    /// An agency exports its own tasks only.
    /// </summary>
    [Function("ExportTasks")]
    public Task<IActionResult> ExportTasksAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "exports/tasks")] HttpRequest request, CancellationToken cancellationToken) =>
        gate.RunAsync(request, [Roles.Leader, Roles.Office, Roles.Agency], async caller =>
        {
            if (ExportQuery.Read(request, allowJson: false, out var format) is { } formatProblem) return formatProblem;
            var settings = options.Value;
            var today = clock.Today;
            var (query, problem) = TaskListQueryReader.Read(request, caller, agencies, today, workingDays, settings.DueSoonWorkingDays);
            if (problem is not null) return problem;

            var rows = new List<TaskIndexEntry>();
            string? token = null;
            do
            {
                var page = await taskIndex.QueryAsync(query!, token, 200, cancellationToken);
                rows.AddRange(page.Items);
                token = page.ContinuationToken;
            }
            while (token is not null && rows.Count < MaxExportRows);
            var truncated = rows.Count > MaxExportRows || token is not null;
            if (rows.Count > MaxExportRows) rows.RemoveRange(MaxExportRows, rows.Count - MaxExportRows);

            var sheet = TaskListSheet.Build(rows, truncated, today, agencies, workingDays, settings.DueSoonWorkingDays, settings.IssuingOffice);
            var name = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"nhiem-vu-{today:yyyyMMdd}");
            return ExportFiles.File(format == ExportFormat.Csv ? SpreadsheetWriter.Csv(sheet) : SpreadsheetWriter.Xlsx([sheet]), format, name);
        });
}
