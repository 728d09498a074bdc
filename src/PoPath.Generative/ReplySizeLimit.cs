namespace PoPath.Generative;

/// <summary>Stops reading a reply body past a cap: a declared Content-Length over it fails at once, a longer stream fails when it passes it.</summary>
internal sealed class ReplySizeLimit(int maxBytes, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (response.Content.Headers.ContentLength > maxBytes)
        {
            response.Dispose();
            throw new ReplyTooLargeException(maxBytes);
        }

        var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var capped = new StreamContent(new CappedStream(stream, maxBytes));
        foreach (var header in response.Content.Headers)
        {
            capped.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        response.Content = capped;
        return response;
    }

    private sealed class CappedStream(Stream inner, int maxBytes) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private int Count(int n)
        {
            _read += n;
            return _read > maxBytes ? throw new ReplyTooLargeException(maxBytes) : n;
        }
    }
}
