namespace PoPath.Import;

/// <summary>What kind of content a format is, which decides which sniff tests it.</summary>
public enum FormatFamily
{
    /// <summary>A JSON document (starts with <c>{</c> or <c>[</c>).</summary>
    Json,

    /// <summary>A delimited file with a header row.</summary>
    Delimited,

    /// <summary>Plain lines of text.</summary>
    Text,
}
