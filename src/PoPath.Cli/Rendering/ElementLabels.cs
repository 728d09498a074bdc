using PoPath.Core.Model;

namespace PoPath.Cli.Rendering;

/// <summary>Short human labels of the elements and statuses for tables and reports.</summary>
internal static class ElementLabels
{
    public static string Short(Element e) => e.ShortLabel();

    public static string Long(Element e) => e.Label();

    /// <summary>A symbol that still reads without colour: ✔ present, ~ weak, ✘ missing.</summary>
    public static string Symbol(ElementStatus s) => s switch
    {
        ElementStatus.Present => "✔",
        ElementStatus.Weak => "~",
        _ => "✘",
    };

    public static string Color(ElementStatus s) => s switch
    {
        ElementStatus.Present => "green",
        ElementStatus.Weak => "yellow",
        _ => "red",
    };

    /// <summary>"description 10–52" or "due_date" for structured fields.</summary>
    public static string Where(Evidence e) => e.Start == 0 && e.End == 0 ? e.Field : $"{e.Field} {e.Start}–{e.End}";

    /// <summary>One line of evidence text: line breaks folded, capped at <paramref name="max"/> characters.</summary>
    public static string Quote(string text, int max = 160)
    {
        var s = string.Join(' ', text.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return s.Length <= max ? s : s[..(max - 1)] + "…";
    }
}
