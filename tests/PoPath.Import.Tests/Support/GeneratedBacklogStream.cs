using System.Text;

namespace PoPath.Import.Tests.Support;

/// <summary>A popath-json document of <c>count</c> items, produced as it is read and never held whole.</summary>
internal sealed class GeneratedBacklogStream(int count) : Stream
{
    private byte[] _pending = Encoding.UTF8.GetBytes("{\"popath\": \"backlog/1\", \"items\": [\n");
    private int _offset;
    private int _next;
    private bool _closed;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_offset == _pending.Length && !Refill())
        {
            return 0;
        }

        var n = Math.Min(buffer.Length, _pending.Length - _offset);
        _pending.AsSpan(_offset, n).CopyTo(buffer);
        _offset += n;
        return n;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer, offset, count));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private bool Refill()
    {
        if (_closed)
        {
            return false;
        }

        var text = new StringBuilder();
        for (var i = 0; i < 100 && _next < count; i++, _next++)
        {
            text.Append(_next == 0 ? "" : ",\n").Append($$"""{"id": "G-{{_next}}", "title": "Generated item {{_next}}", "story_points": 3}""");
        }

        if (_next == count)
        {
            text.Append("\n]}\n");
            _closed = true;
        }

        (_pending, _offset) = (Encoding.UTF8.GetBytes(text.ToString()), 0);
        return true;
    }
}
