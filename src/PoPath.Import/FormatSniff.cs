using PoPath.Import.Csv;
using PoPath.Import.Input;

namespace PoPath.Import;

/// <summary>What auto-detection knows of an input: its file extension and its first bytes, decoded.</summary>
public sealed class FormatSniff
{
    private IReadOnlyList<string>? _header;

    public FormatSniff(string? fileName, ReadOnlySpan<byte> head)
    {
        var ext = string.IsNullOrEmpty(fileName) || fileName == "-" ? "" : System.IO.Path.GetExtension(fileName);
        Extension = ext.ToLowerInvariant();
        Text = TextInput.HeadText(head);
        var trimmed = Text.AsSpan().TrimStart();
        LooksLikeJson = trimmed.Length > 0 && trimmed[0] is '{' or '[';
    }

    /// <summary>The file extension in lower case with its dot (<c>.csv</c>), or empty.</summary>
    public string Extension { get; }

    /// <summary>The first bytes decoded as text (64 KiB at most), without a byte-order mark.</summary>
    public string Text { get; }

    /// <summary>True when the first non-blank character is <c>{</c> or <c>[</c>.</summary>
    public bool LooksLikeJson { get; }

    /// <summary>The first line split at the delimiter detected there (<c>,</c> <c>;</c> tab <c>|</c>), cells trimmed.</summary>
    public IReadOnlyList<string> HeaderCells => _header ??= CsvText.SplitHeader(Text, CsvText.DetectDelimiter(Text));

    /// <summary>True when a header cell equals <paramref name="name"/>, ignoring case.</summary>
    public bool HasHeader(string name) => HeaderCells.Any(h => h.Equals(name, StringComparison.OrdinalIgnoreCase));
}
