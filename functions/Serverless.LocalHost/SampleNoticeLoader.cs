using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Serverless.Functions.Http;
using Serverless.Functions.Importing;
using Serverless.Grains;
using Serverless.Grains.Storage;

namespace Serverless.LocalHost;

/// <summary>Imports the sample notice when the store holds no task, through the same validation as POST /api/notices.</summary>
public sealed partial class SampleNoticeLoader(
    string path, TaskIndex taskIndex, NoticeImportValidator validator, NoticeImporter importer, ILogger<SampleNoticeLoader> logger) : IHostedService
{
    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var existing = await taskIndex.QueryAsync(new TaskQuery(null, null, null), null, 1, cancellationToken).ConfigureAwait(false);
        if (existing.Items.Count > 0)
        {
            LogSkipped(logger, path);
            return;
        }

        var request = JsonSerializer.Deserialize<NoticeImportRequest>(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false), ApiJson.Options)
            ?? throw new InvalidOperationException($"{path} is empty.");
        var errors = new FieldErrors();
        var notice = validator.Validate(request, errors)
            ?? throw new InvalidOperationException($"{path} is not a valid notice: {JsonSerializer.Serialize(errors.ToDictionary())}");
        var result = await importer.ImportAsync(notice, new Actor("sample-loader", "system", null)).ConfigureAwait(false);
        LogLoaded(logger, notice.NoticeId, result.TaskIds.Count);
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Sample notice {NoticeId} loaded with {TaskCount} tasks")]
    private static partial void LogLoaded(ILogger logger, string noticeId, int taskCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Store already holds tasks; sample {Path} not loaded")]
    private static partial void LogSkipped(ILogger logger, string path);
}
