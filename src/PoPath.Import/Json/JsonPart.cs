using System.Text.Json;

namespace PoPath.Import.Json;

/// <summary>One piece of a streamed JSON document: a top-level property, one element of a streamed array, or an error.</summary>
/// <param name="Property">The top-level property name, or <c>null</c> for the root value or elements of a top-level array.</param>
/// <param name="Index">The element's index in its streamed array, or -1 for a whole value.</param>
/// <param name="Value">The value (a detached copy, safe to keep).</param>
/// <param name="Line">The 1-based line the value starts on.</param>
/// <param name="Error">Why reading stopped here; the stream ends after a part with an error.</param>
internal readonly record struct JsonPart(string? Property, int Index, JsonElement Value, int Line, string? Error = null)
{
    /// <summary>The JSON path of the value (<c>$.issues[3]</c>, <c>$[0]</c>, <c>$.total</c>).</summary>
    public string Path => (Property, Index) switch
    {
        (null, < 0) => "$",
        (null, _) => $"$[{Index}]",
        (_, < 0) => $"$.{Property}",
        _ => $"$.{Property}[{Index}]",
    };
}
