using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using PoPath.Core.Signals;

namespace PoPath.Cli.Signals;

/// <summary>One signal's values per period as a small self-contained SVG line chart, with the watch and concern thresholds drawn.</summary>
/// <remarks>
/// Hand-built SVG: a few lines, points and labels need no chart library, and the output embeds in the HTML report as
/// it is (no script, no external reference). Period names are untrusted text and are encoded.
/// </remarks>
internal static class SvgChart
{
    private const int Width = 720, Height = 200, Left = 44, Right = 12, Top = 12, Bottom = 36;

    public static string Of(SignalSeries series)
    {
        var enc = HtmlEncoder.Default;
        var values = series.Values;
        var plotW = Width - Left - Right;
        var plotH = Height - Top - Bottom;
        double X(int i) => Left + (values.Count <= 1 ? plotW / 2.0 : i * plotW / (double)(values.Count - 1));
        double Y(double v) => Top + (1 - Math.Clamp(v, 0, 1)) * plotH;
        string F(double d) => d.ToString("0.#", CultureInfo.InvariantCulture);

        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\" aria-label=\"{enc.Encode(series.Id)} per period\">");
        sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Left}\" y=\"{Top}\" width=\"{plotW}\" height=\"{plotH}\" fill=\"#fafafa\" stroke=\"#ccc\"/>");
        foreach (var (v, label) in new[] { (0.0, "0"), (0.5, "0.5"), (1.0, "1") })
        {
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{F(Y(v) + 4)}\" font-size=\"11\" text-anchor=\"end\" fill=\"#555\">{label}</text>");
        }

        Threshold(sb, Y(series.Thresholds.Watch), "#d89b00", "watch " + series.Thresholds.Watch.ToString("0.###", CultureInfo.InvariantCulture));
        Threshold(sb, Y(series.Thresholds.Concern), "#c0392b", "concern " + series.Thresholds.Concern.ToString("0.###", CultureInfo.InvariantCulture));

        // The line breaks where a period has no value.
        var run = new List<string>();
        void Flush()
        {
            if (run.Count > 1)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"#2c3e50\" stroke-width=\"1.5\" points=\"{string.Join(' ', run)}\"/>");
            }

            run.Clear();
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (values[i].Value is { } v)
            {
                run.Add($"{F(X(i))},{F(Y(v))}");
            }
            else
            {
                Flush();
            }
        }

        Flush();
        for (var i = 0; i < values.Count; i++)
        {
            var v = values[i];
            var title = enc.Encode($"{v.Period}: {SignalsRenderer.Value(v.Value)} ({SignalsJson.BandName(v.Band)})");
            sb.Append(v.Value is { } x
                ? string.Create(CultureInfo.InvariantCulture, $"<circle cx=\"{F(X(i))}\" cy=\"{F(Y(x))}\" r=\"3.5\" fill=\"{Colour(v.Band)}\"><title>{title}</title></circle>")
                : string.Create(CultureInfo.InvariantCulture, $"<circle cx=\"{F(X(i))}\" cy=\"{F(Top + plotH)}\" r=\"2\" fill=\"#bbb\"><title>{title}</title></circle>"));
        }

        if (values.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"{Height - 14}\" font-size=\"11\" fill=\"#555\">{enc.Encode(values[0].Period)}</text>");
            if (values.Count > 1)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - Right}\" y=\"{Height - 14}\" font-size=\"11\" text-anchor=\"end\" fill=\"#555\">{enc.Encode(values[^1].Period)}</text>");
            }
        }
        else
        {
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width / 2}\" y=\"{Height / 2}\" font-size=\"12\" text-anchor=\"middle\" fill=\"#555\">no periods to measure</text>");
        }

        sb.Append("</svg>");
        return sb.ToString();
    }

    public static string Colour(SignalBand band) => band switch
    {
        SignalBand.Healthy => "#27ae60",
        SignalBand.Watch => "#d89b00",
        SignalBand.Concern => "#c0392b",
        _ => "#bbb",
    };

    private static void Threshold(StringBuilder sb, double y, string colour, string label)
    {
        var f = y.ToString("0.#", CultureInfo.InvariantCulture);
        sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{f}\" x2=\"{Width - Right}\" y2=\"{f}\" stroke=\"{colour}\" stroke-dasharray=\"5 4\"/>");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - Right - 4}\" y=\"{(y - 3).ToString("0.#", CultureInfo.InvariantCulture)}\" font-size=\"10\" text-anchor=\"end\" fill=\"{colour}\">{label}</text>");
    }
}
