using System.Text.Encodings.Web;
using System.Text.Json;
using PoPath.Core.Signals;

namespace PoPath.Cli.Signals;

/// <summary>The JSON of <c>popath signals --output json</c> (DESIGN §7; documented in docs/formats/signals-json.md).</summary>
internal static class SignalsJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string BandName(SignalBand band) => band.ToString().ToLowerInvariant();

    public static string Write(SignalsInput input, SignalResult result) => JsonSerializer.Serialize(Shape(input, result), Options);

    private static object Shape(SignalsInput input, SignalResult result) => new
    {
        source = input.Source,
        format = input.Format,
        product_owner = new { name = result.ProductOwner.Name, inferred = result.ProductOwner.Inferred, basis = result.ProductOwner.Basis },
        period_kind = result.PeriodKind == PeriodKind.Sprint ? "sprint" : "month",
        signals = result.Signals.Select(s => new
        {
            id = s.Id,
            summary = s.Descriptor.Summary,
            thresholds = new { watch = s.Thresholds.Watch, concern = s.Thresholds.Concern, higher_is_worse = s.Thresholds.HigherIsWorse },
            error = s.Error,
            latest = s.Latest is { } l ? new { period = l.Period, value = l.Value, band = BandName(l.Band) } : null,
            values = s.Values.Select(v => new
            {
                period = v.Period,
                start = v.Start,
                end = v.End,
                value = v.Value,
                band = BandName(v.Band),
                count = v.Count,
                of = v.Of,
                note = v.Note,
                evidence_total = v.EvidenceTotal,
                evidence = v.Evidence.Select(e => new { kind = e.Kind, item = e.Item, @event = e.Event, change = e.Change, at = e.At, actor = e.Actor, text = e.Text }),
            }),
        }),
        findings = result.Findings.Select(f => new { kind = f.Kind, message = f.Message, evidence = f.Evidence.Select(e => new { kind = e.Kind, @ref = e.Ref, text = e.Text }) }),
        problems = result.Problems,
    };
}
