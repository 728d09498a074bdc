using System.Text.Json;

namespace PoPath.Cli.Tests.Support;

/// <summary>Runs <c>popath check FILE --output json</c> and parses what it printed.</summary>
internal static class CheckJson
{
    public static readonly string[] Elements =
        ["customer_need", "business_reason", "trade_off", "expected_outcome", "ordering_rationale", "acceptance_criteria"];

    public static readonly string[] Statuses = ["present", "weak", "missing"];

    public static readonly string[] StoryFormRules =
        ["well-formed.no-role", "well-formed.no-means", "atomic", "minimal", "unique", "uniform"];

    public static async Task<JsonDocument> RunAsync(params string[] args)
    {
        var run = await CliRunner.RunAsync(["check", .. args, "--output", "json"]);
        run.ExitCode.ShouldBe(0, run.ToString());
        return JsonDocument.Parse(run.Out);
    }

    public static IEnumerable<JsonElement> Items(this JsonDocument doc) => doc.RootElement.GetProperty("items").EnumerateArray();

    public static JsonElement Element(this JsonElement item, string element) => item.GetProperty("elements").GetProperty(element);

    /// <summary>Every evidence entry of an item: its elements' and its findings'.</summary>
    public static IEnumerable<(string Field, int Start, int End, string Text)> Evidence(this JsonElement item) =>
        item.GetProperty("elements").EnumerateObject().SelectMany(p => p.Value.GetProperty("evidence").EnumerateArray())
            .Concat(item.GetProperty("findings").EnumerateArray().SelectMany(f => f.GetProperty("evidence").EnumerateArray()))
            .Select(e => (e.GetProperty("field").GetString()!, e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32(), e.GetProperty("text").GetString()!));

    /// <summary>
    /// Asserts that every evidence span from a text field in <paramref name="fields"/> (item id → field name → text as
    /// the importer keeps it) is that substring, and that structured evidence has no offsets; returns how many spans were checked.
    /// </summary>
    public static int ShouldQuoteTheInput(this JsonDocument doc, IReadOnlyDictionary<string, Dictionary<string, string>> fields)
    {
        var spans = 0;
        foreach (var item in doc.Items())
        {
            var id = item.GetProperty("id").GetString()!;
            foreach (var (field, start, end, text) in item.Evidence())
            {
                if (field is not ("title" or "description" or "acceptance_criteria"))
                {
                    (start, end).ShouldBe((0, 0), $"{id}: structured evidence from {field} has no offsets");
                    continue;
                }

                if (!fields.TryGetValue(id, out var row) || !row.TryGetValue(field, out var source))
                {
                    continue; // not read independently (see InputFields)
                }

                end.ShouldBeLessThanOrEqualTo(source.Length, $"{id} {field} {start}–{end}");
                source[start..end].ShouldBe(text, $"{id} {field} {start}–{end}");
                spans++;
            }
        }

        return spans;
    }
}
