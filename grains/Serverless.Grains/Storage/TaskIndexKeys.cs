using System.Globalization;
using Serverless.Tracking;

namespace Serverless.Grains.Storage;

/// <summary>
/// Where a task's rows live in the task index. Every view partition (each agency involved, one of the global stripes,
/// the task's notice) holds one row per view the task is in, keyed so that the view is a row-key range:
/// "a~{taskId}" every task, "s~{status}~{taskId}" by status, "o~{dueDate}~{taskId}" in progress with a due date (the
/// overdue list is the range below today), "x~{taskId}" with an extension waiting. The lead agency's partition also
/// holds its statistics counters, whose keys start with an upper-case letter ("U", "M{yyyy-MM}", "D{yyyy-MM-dd}").
/// </summary>
public static class TaskIndexKeys
{
    /// <summary>Global views are spread over this many partitions, so no partition takes every write.</summary>
    public const int GlobalStripes = 8;

    internal const string AllPrefix = "a~";
    internal const string StatusPrefix = "s~";
    internal const string OpenPrefix = "o~";
    internal const string ExtensionPrefix = "x~";

    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>The global stripe partitions, in order.</summary>
    public static IReadOnlyList<string> GlobalPartitions { get; } =
        Enumerable.Range(0, GlobalStripes).Select(i => "g~" + i.ToString(CultureInfo.InvariantCulture)).ToArray();

    /// <summary>The global stripe a task's rows go to (a stable hash, the same in every process).</summary>
    public static string GlobalPartitionOf(string taskId)
    {
        ArgumentNullException.ThrowIfNull(taskId);
        var hash = 2166136261u;
        foreach (var c in taskId) hash = (hash ^ c) * 16777619u;
        return GlobalPartitions[(int)(hash % GlobalStripes)];
    }

    /// <summary>The partition holding one notice's tasks.</summary>
    public static string NoticePartition(string noticeId) => "n~" + noticeId;

    /// <summary>The view rows a task has in any partition, as it stands.</summary>
    public static IEnumerable<string> ViewRowKeys(TaskIndexEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        yield return AllPrefix + entry.TaskId;
        yield return $"{StatusPrefix}{entry.Status}~{entry.TaskId}";
        if (entry.Status == DirectiveTaskStatus.InProgress && entry.DueDate is { } due)
            yield return $"{OpenPrefix}{Date(due)}~{entry.TaskId}";
        if (entry.PendingExtensions > 0)
            yield return ExtensionPrefix + entry.TaskId;
    }

    /// <summary>Row keys in [prefix, prefix with its last character incremented): exactly the keys starting with it.</summary>
    public static string PrefixEnd(string prefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        return prefix[..^1] + (char)(prefix[^1] + 1);
    }

    internal static string Date(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    internal static DateOnly? ParseDate(string? value) =>
        string.IsNullOrEmpty(value) ? null : DateOnly.ParseExact(value, DateFormat, CultureInfo.InvariantCulture);
}
