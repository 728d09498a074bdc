using System.Text.Json;
using PoPath.Core.Signals;

namespace PoPath.Cli.Advise;

/// <summary>Reads the output of <c>popath signals --output json</c> (DESIGN §7 names) into the latest reading per signal.</summary>
/// <remarks>
/// The JSON contract is the stable interface between the two commands: <c>signals[]</c> with <c>id</c> and
/// <c>values[]</c> of <c>period</c>, <c>value</c>, <c>band</c>. The last value of each signal is its latest reading.
/// </remarks>
internal static class SignalsFile
{
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>The readings, or the error naming the file and JSON path.</summary>
    public static async Task<(IReadOnlyList<SignalSummary>? Readings, string? Error)> ReadAsync(string path, CancellationToken ct)
    {
        if (!File.Exists(path))
        {
            return (null, $"{path}: file not found");
        }

        if (new FileInfo(path).Length > MaxBytes)
        {
            return (null, $"{path}: larger than {MaxBytes / (1024 * 1024)} MB; expected the output of popath signals --output json");
        }

        try
        {
            await using var stream = File.OpenRead(path);
            using var doc = await JsonDocument.ParseAsync(stream, new JsonDocumentOptions { MaxDepth = 32 }, ct);
            if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("signals", out var signals) || signals.ValueKind != JsonValueKind.Array)
            {
                return (null, $"{path}: $.signals: expected an array (the output of popath signals --output json)");
            }

            var result = new List<SignalSummary>();
            var i = 0;
            foreach (var s in signals.EnumerateArray())
            {
                var at = $"$.signals[{i++}]";
                if (s.ValueKind != JsonValueKind.Object || !s.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String)
                {
                    return (null, $"{path}: {at}.id: expected a signal id");
                }

                if (!s.TryGetProperty("values", out var values) || values.ValueKind != JsonValueKind.Array)
                {
                    return (null, $"{path}: {at}.values: expected an array");
                }

                if (values.GetArrayLength() == 0)
                {
                    continue;
                }

                var last = values[values.GetArrayLength() - 1];
                var vat = $"{at}.values[{values.GetArrayLength() - 1}]";
                if (last.ValueKind != JsonValueKind.Object)
                {
                    return (null, $"{path}: {vat}: expected an object");
                }

                var period = last.TryGetProperty("period", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString()! : "";
                double? value = last.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
                var bandText = last.TryGetProperty("band", out var b) && b.ValueKind == JsonValueKind.String ? b.GetString() : null;
                if (bandText is null || !Enum.TryParse<SignalBand>(bandText, ignoreCase: true, out var band) || int.TryParse(bandText, out _))
                {
                    return (null, $"{path}: {vat}.band: expected healthy, watch, concern or none, got {(bandText is null ? "nothing" : $"'{bandText}'")}");
                }

                result.Add(new SignalSummary(id.GetString()!, period, value, band));
            }

            return (result, null);
        }
        catch (JsonException e)
        {
            return (null, $"{path}: line {e.LineNumber + 1}: not valid JSON: {e.Message}");
        }
    }
}
