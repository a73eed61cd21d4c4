using System.Buffers;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Serverless.Grains.Storage;

/// <summary>
/// Writes the body of an entity-group transaction (a multipart/mixed POST to $batch) once, into memory, before it
/// is sent. The storage SDK's multipart content has no length of its own: asked for one, it serialises the request
/// line and headers of every row again, and the HTTP stack asks for it before the SDK writes the body, so each row's
/// headers were built two or three times as strings (about 35 KB per deadline of the sweep's 230 KB; see
/// docs/performance.md). The bytes sent are exactly those the SDK writes; a retry sends the same bytes again.
/// </summary>
public sealed class BatchBodyBuffering : HttpPipelinePolicy
{
    /// <inheritdoc />
    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (BatchContent(message) is { } content)
        {
            // Back to the pool before the request goes out, not after its answer: hundreds may be in flight.
            using (var buffer = new PooledBuffer())
            {
                content.WriteTo(buffer, message.CancellationToken);
                message.Request.Content = RequestContent.Create(buffer.ToArray());
            }
        }
        ProcessNext(message, pipeline);
    }

    /// <inheritdoc />
    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (BatchContent(message) is { } content)
        {
            using (var buffer = new PooledBuffer())
            {
                await content.WriteToAsync(buffer, message.CancellationToken).ConfigureAwait(false);
                message.Request.Content = RequestContent.Create(buffer.ToArray());
            }
        }
        await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
    }

    // Only transactions: every other request's content (one JSON entity) already knows its length.
    private static RequestContent? BatchContent(HttpMessage message) =>
        message.Request.Method == RequestMethod.Post && message.Request.Content is { } content
        && message.Request.Headers.TryGetValue("Content-Type", out var type)
        && type.StartsWith("multipart/mixed", StringComparison.OrdinalIgnoreCase)
            ? content
            : null;

    // A write-only stream on pooled arrays, so that growing it leaves no garbage; only the exact copy sent remains.
    // The copy, not the pooled array, is sent: the HTTP stack may still read a body after the response came.
    private sealed class PooledBuffer : Stream
    {
        private byte[] buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        private int length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => length;

        public override long Position
        {
            get => length;
            set => throw new NotSupportedException();
        }

        public byte[] ToArray() => buffer.AsSpan(0, length).ToArray();

        public override void Write(ReadOnlySpan<byte> source)
        {
            if (length + source.Length > buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(Math.Max(buffer.Length * 2, length + source.Length));
                buffer.AsSpan(0, length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }
            source.CopyTo(buffer.AsSpan(length));
            length += source.Length;
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> source, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Write(source.Span);
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Write(buffer.AsSpan(offset, count));
            return Task.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing && buffer.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = [];
            }
            base.Dispose(disposing);
        }
    }
}
