using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace PoPath.Import.Input;

/// <summary>
/// A forward-only text reader over a byte stream: UTF-8 with or without a BOM, UTF-16 when a BOM says so,
/// and Windows-1252 from the first byte that is not valid UTF-8 on.
/// </summary>
/// <remarks>
/// Switching mid-stream keeps reading streaming (stdin included) and decodes both parts of a mixed file
/// correctly; <see cref="FallbackLine"/> tells the caller where it happened so it can warn once.
/// The stream is not disposed: it belongs to the caller.
/// </remarks>
internal sealed class DecodingTextReader : TextReader
{
    /// <summary>How many bytes are read ahead for sniffing and per refill.</summary>
    public const int BlockSize = 64 * 1024;

    private static readonly Encoding Windows1252 = CreateWindows1252();

    private readonly Stream _stream;
    private readonly byte[] _bytes = new byte[BlockSize];
    private readonly char[] _chars = new char[BlockSize];
    private int _byteStart;
    private int _byteEnd;
    private int _charPos;
    private int _charLen;
    private bool _streamEnded;
    private bool _started;
    private Mode _mode = Mode.Utf8;
    private Decoder? _utf16;
    private long _lineBreaks;

    public DecodingTextReader(Stream stream) => _stream = stream;

    private enum Mode
    {
        Utf8,
        Windows1252,
        Utf16,
    }

    /// <summary>The bytes read ahead by <see cref="FillHeadAsync"/>, before anything was decoded.</summary>
    public ReadOnlySpan<byte> Head => _bytes.AsSpan(0, _byteEnd);

    /// <summary>True when the whole input fits in <see cref="Head"/>.</summary>
    public bool HeadIsWhole => _streamEnded;

    /// <summary>True when the input starts with a UTF-16 byte-order mark.</summary>
    public bool IsUtf16 => Head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || Head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    /// <summary>The 1-based line holding the first byte that was not valid UTF-8, or null while all was.</summary>
    public long? FallbackLine { get; private set; }

    /// <summary>Fills <see cref="Head"/> with up to <see cref="BlockSize"/> bytes; call once, before reading.</summary>
    public async Task FillHeadAsync(CancellationToken cancellationToken)
    {
        while (_byteEnd < _bytes.Length && !_streamEnded)
        {
            var got = await _stream.ReadAsync(_bytes.AsMemory(_byteEnd), cancellationToken).ConfigureAwait(false);
            if (got == 0)
            {
                _streamEnded = true;
            }

            _byteEnd += got;
        }
    }

    public override int Peek() => _charPos < _charLen || FillChars() ? _chars[_charPos] : -1;

    public override int Read() => _charPos < _charLen || FillChars() ? _chars[_charPos++] : -1;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty || (_charPos == _charLen && !FillChars()))
        {
            return 0;
        }

        return CopyTo(buffer);
    }

    public override Task<int> ReadAsync(char[] buffer, int index, int count) =>
        ReadAsync(buffer.AsMemory(index, count)).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
    {
        if (buffer.IsEmpty || (_charPos == _charLen && !await FillCharsAsync(cancellationToken).ConfigureAwait(false)))
        {
            return 0;
        }

        return CopyTo(buffer.Span);
    }

    private int CopyTo(Span<char> buffer)
    {
        var n = Math.Min(buffer.Length, _charLen - _charPos);
        _chars.AsSpan(_charPos, n).CopyTo(buffer);
        _charPos += n;
        return n;
    }

    private bool FillChars()
    {
        while (true)
        {
            if (TryDecode(out var more))
            {
                return true;
            }

            if (!more)
            {
                return false;
            }

            Compact();
            var got = _stream.Read(_bytes, _byteEnd, _bytes.Length - _byteEnd);
            Advance(got);
        }
    }

    private async ValueTask<bool> FillCharsAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (TryDecode(out var more))
            {
                return true;
            }

            if (!more)
            {
                return false;
            }

            Compact();
            var got = await _stream.ReadAsync(_bytes.AsMemory(_byteEnd), cancellationToken).ConfigureAwait(false);
            Advance(got);
        }
    }

    private void Advance(int got)
    {
        if (got == 0)
        {
            _streamEnded = true;
        }

        _byteEnd += got;
    }

    private void Compact()
    {
        if (_byteStart > 0)
        {
            _bytes.AsSpan(_byteStart, _byteEnd - _byteStart).CopyTo(_bytes);
            _byteEnd -= _byteStart;
            _byteStart = 0;
        }
    }

    /// <summary>Decodes what the byte buffer holds; false with <paramref name="needBytes"/> when it needs more input first.</summary>
    private bool TryDecode(out bool needBytes)
    {
        if (!_started && (_byteEnd >= 3 || _streamEnded))
        {
            Start();
        }

        needBytes = false;
        if (!_started || _byteStart == _byteEnd)
        {
            needBytes = !_streamEnded;
            return false;
        }

        var src = _bytes.AsSpan(_byteStart, _byteEnd - _byteStart);
        var dst = _chars.AsSpan();
        int read;
        int written;
        switch (_mode)
        {
            case Mode.Utf8:
                var status = Utf8.ToUtf16(src, dst, out read, out written, replaceInvalidSequences: false, isFinalBlock: _streamEnded);
                if (status == OperationStatus.InvalidData)
                {
                    FallbackLine = _lineBreaks + dst[..written].Count('\n') + 1;
                    _mode = Mode.Windows1252;
                    var n = Math.Min(src.Length - read, dst.Length - written);
                    written += Windows1252.GetChars(src.Slice(read, n), dst[written..]);
                    read += n;
                }

                break;
            case Mode.Windows1252:
                read = Math.Min(src.Length, dst.Length);
                written = Windows1252.GetChars(src[..read], dst);
                break;
            default:
                _utf16!.Convert(src, dst, _streamEnded, out read, out written, out _);
                break;
        }

        _byteStart += read;
        _charPos = 0;
        _charLen = written;
        _lineBreaks += dst[..written].Count('\n');
        if (written > 0)
        {
            return true;
        }

        // Only an incomplete sequence is left: more bytes complete it, or the end of input ends it.
        needBytes = !_streamEnded;
        if (_streamEnded)
        {
            _byteStart = _byteEnd;
        }

        return false;
    }

    private void Start()
    {
        _started = true;
        var head = _bytes.AsSpan(0, _byteEnd);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            _byteStart = 3;
        }
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            (_mode, _utf16, _byteStart) = (Mode.Utf16, Encoding.Unicode.GetDecoder(), 2);
        }
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            (_mode, _utf16, _byteStart) = (Mode.Utf16, Encoding.BigEndianUnicode.GetDecoder(), 2);
        }
    }

    private static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
