using System.Text;

namespace PoPath.Cli.Signals;

/// <summary>A row of Unicode block characters, one per period: ▁ for 0 up to █ for 1, · where the period has no value.</summary>
internal static class Sparkline
{
    private const string Blocks = "▁▂▃▄▅▆▇█";

    /// <summary>The last <paramref name="width"/> values as a sparkline (values outside 0–1 are clamped).</summary>
    public static string Of(IEnumerable<double?> values, int width)
    {
        var sb = new StringBuilder();
        foreach (var v in values.TakeLast(width))
        {
            sb.Append(v is { } x && double.IsFinite(x) ? Blocks[(int)Math.Round(Math.Clamp(x, 0, 1) * (Blocks.Length - 1))] : '·');
        }

        return sb.ToString();
    }
}
