using PoPath.Core.Import;
using PoPath.Core.Model;

namespace PoPath.Import.Input;

/// <summary>Opens a byte stream as text after the checks every text format shares (empty, binary).</summary>
internal static class TextInput
{
    /// <summary>How far the binary check looks for NUL bytes.</summary>
    public const int BinaryProbeLength = 8 * 1024;

    public const string EmptyMessage = "file is empty";

    public const string BinaryMessage = "binary file, expected text (NUL bytes in the first 8 KiB)";

    /// <summary>Reads the head of <paramref name="input"/> and returns a reader, or the error that stops reading.</summary>
    public static async Task<(DecodingTextReader? Reader, ImportDiagnostic? Error)> OpenAsync(
        Stream input, string sourceName, CancellationToken cancellationToken)
    {
        var reader = new DecodingTextReader(input);
        await reader.FillHeadAsync(cancellationToken).ConfigureAwait(false);
        var error = Check(reader.Head, reader.HeadIsWhole, sourceName);
        if (error is not null)
        {
            reader.Dispose();
            return (null, error);
        }

        return (reader, null);
    }

    /// <summary>The error for an empty or binary input, judged from its first bytes, or null.</summary>
    /// <param name="head">The first bytes of the input.</param>
    /// <param name="whole">True when <paramref name="head"/> is the whole input.</param>
    public static ImportDiagnostic? Check(ReadOnlySpan<byte> head, bool whole, string sourceName)
    {
        var at = new SourceLocation(sourceName);
        var utf16 = head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
        var body = head;
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            body = body[3..];
        }
        else if (utf16)
        {
            body = body[2..];
        }

        if (whole && IsBlank(body, utf16))
        {
            return ImportDiagnostic.Error(at, EmptyMessage);
        }

        if (!utf16 && head[..Math.Min(head.Length, BinaryProbeLength)].Contains((byte)0))
        {
            return ImportDiagnostic.Error(at with { Line = LineOfFirstNul(head) }, BinaryMessage);
        }

        return null;
    }

    /// <summary>The head decoded for sniffing (lossy: invalid bytes become U+FFFD), without a BOM.</summary>
    public static string HeadText(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return System.Text.Encoding.Unicode.GetString(head[2..]);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return System.Text.Encoding.BigEndianUnicode.GetString(head[2..]);
        }

        return System.Text.Encoding.UTF8.GetString(head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? head[3..] : head);
    }

    private static bool IsBlank(ReadOnlySpan<byte> body, bool utf16)
    {
        foreach (var b in body)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') && !(utf16 && b == 0))
            {
                return false;
            }
        }

        return true;
    }

    private static int LineOfFirstNul(ReadOnlySpan<byte> head) => head[..head.IndexOf((byte)0)].Count((byte)'\n') + 1;
}
