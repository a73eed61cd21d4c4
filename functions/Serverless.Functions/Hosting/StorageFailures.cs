using System.Net.Sockets;
using Azure;
using Orleans.Runtime;
using Orleans.Storage;
using Orleans.Serialization;

namespace Serverless.Functions.Hosting;

/// <summary>Tells a failure of the platform (storage or the cluster out of reach) from a bug.</summary>
public static class StorageFailures
{
    /// <summary>
    /// True when <paramref name="exception"/>, or any exception it wraps, says storage or the silo could not be
    /// reached: a <see cref="RequestFailedException"/> with no HTTP status (no answer) or a 5xx, a timeout, a socket
    /// or HTTP transport error, Orleans refusing or timing out a call, or Orleans finding the stored state newer than
    /// the grain's (a write that timed out but landed, then retried: the grain reloads before its next command, so
    /// repeating the request is safe). Orleans carries an exception type it cannot
    /// rebuild across a grain call as a fallback that keeps the type's name and its properties; those count too.
    /// </summary>
    public static bool IsUnavailable(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is AggregateException aggregate && aggregate.InnerExceptions.Any(IsUnavailable)) return true;
            if (IsUnavailableItself(e)) return true;
        }
        return false;
    }

    private static bool IsUnavailableItself(Exception e) => e switch
    {
        RequestFailedException failed => failed.Status == 0 || failed.Status >= 500,
        TimeoutException or SocketException or HttpRequestException => true,
        SiloUnavailableException or OrleansMessageRejectionException or InconsistentStateException => true,
        UnavailableExceptionFallbackException fallback => FallbackIsUnavailable(fallback),
        _ => false,
    };

    private static bool FallbackIsUnavailable(UnavailableExceptionFallbackException fallback)
    {
        var type = fallback.ExceptionType ?? "";
        if (type.Contains(nameof(TimeoutException), StringComparison.Ordinal) || type.Contains(nameof(SocketException), StringComparison.Ordinal)
            || type.Contains(nameof(HttpRequestException), StringComparison.Ordinal))
            return true;
        if (!type.Contains(nameof(RequestFailedException), StringComparison.Ordinal)) return false;
        return fallback.Properties is null || !fallback.Properties.TryGetValue(nameof(RequestFailedException.Status), out var status)
            || status is not int code || code == 0 || code >= 500;
    }
}
