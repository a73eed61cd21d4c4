using System.Net.Sockets;
using Azure;
using Orleans.Runtime;
using Orleans.Storage;
using Serverless.Functions.Hosting;
using Xunit;

namespace Serverless.Functions.Tests;

public sealed class StorageFailuresTests
{
    public static TheoryData<Exception> Unreachable() => new()
    {
        new RequestFailedException(0, "Connection refused", new HttpRequestException("refused", new SocketException(111))),
        new RequestFailedException(503, "Server busy"),
        new RequestFailedException(500, "Internal error"),
        new TaskCanceledException("The operation was cancelled because it exceeded the configured timeout.", new TimeoutException()),
        new SiloUnavailableException(),
        new InconsistentStateException("Table storage condition not Satisfied."),
        new OrleansException("Error activating grain", new RequestFailedException(0, "Connection refused")),
        new AggregateException(new InvalidOperationException("other"), new RequestFailedException(0, "Connection refused")),
    };

    public static TheoryData<Exception> Bugs() => new()
    {
        new RequestFailedException(400, "Bad request"),
        new RequestFailedException(404, "Not found"),
        new InvalidOperationException("Task does not exist."),
        new OrleansException("Error activating grain", new ArgumentException("bad")),
    };

    [Theory]
    [MemberData(nameof(Unreachable))]
    public void Storage_or_the_cluster_out_of_reach_counts_as_unavailable_however_it_is_wrapped(Exception exception) =>
        Assert.True(StorageFailures.IsUnavailable(exception));

    [Theory]
    [MemberData(nameof(Bugs))]
    public void A_refusal_by_storage_or_a_bug_is_not_an_outage(Exception exception) =>
        Assert.False(StorageFailures.IsUnavailable(exception));
}
