using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Serverless.Grains.Tests.Faults;

/// <summary>
/// A storage-client policy that, once armed, lets one grain-state write reach Azurite and land, then throws away its
/// answer as a network time-out does: the client's retry then meets the write it made itself.
/// </summary>
public sealed class LostAnswers : HttpPipelinePolicy
{
    private const string GrainStateTable = "OrleansGrainState";
    private Target? armed;
    private int lost;

    /// <summary>How many answers were thrown away.</summary>
    public int Lost => Volatile.Read(ref lost);

    /// <summary>Loses the answer of the next successful write of <paramref name="stateName"/> ("task", "deadline") of the grain whose key holds <paramref name="grainKey"/>.</summary>
    public void LoseNextWrite(string stateName, string grainKey) => Volatile.Write(ref armed, new Target(stateName, grainKey));

    /// <inheritdoc />
    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var target = Volatile.Read(ref armed);
        var matches = target is not null && await IsWriteOfAsync(message, target);
        await ProcessNextAsync(message, pipeline);
        if (matches && message.Response.Status < 300 && Interlocked.CompareExchange(ref armed, null, target) == target)
        {
            Interlocked.Increment(ref lost);
            throw new IOException($"The answer to a write of '{target!.StateName}' was lost on the way back (test fault).");
        }
    }

    /// <inheritdoc />
    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        ProcessAsync(message, pipeline).AsTask().GetAwaiter().GetResult();

    // An insert names the row in its body, a replace in its address.
    private static async Task<bool> IsWriteOfAsync(HttpMessage message, Target target)
    {
        var request = message.Request;
        if (request.Method == RequestMethod.Get || request.Method == RequestMethod.Delete) return false;
        var address = Uri.UnescapeDataString(request.Uri.ToString());
        if (!address.Contains(GrainStateTable, StringComparison.Ordinal)) return false;
        var body = "";
        if (request.Content is { } content)
        {
            using var buffer = new MemoryStream();
            await content.WriteToAsync(buffer, message.CancellationToken);
            body = Encoding.UTF8.GetString(buffer.ToArray());
        }
        var text = address + body;
        return text.Contains(target.GrainKey, StringComparison.Ordinal) &&
            (text.Contains($"RowKey='{target.StateName}'", StringComparison.Ordinal) || text.Contains($"\"RowKey\":\"{target.StateName}\"", StringComparison.Ordinal));
    }

    private sealed record Target(string StateName, string GrainKey);
}
