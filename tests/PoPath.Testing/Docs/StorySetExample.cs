using System.Text.Json;
using PoPath.Core.Readiness;

namespace PoPath.Testing.Docs;

/// <summary>An <c>example-set</c> block of a docs/rules page: a small backlog and the story-form findings it must (and must not) get.</summary>
/// <remarks>
/// Items are ranked in the order given (index 0 = rank 1). For every rule named in <see cref="Expect"/>, exactly the listed
/// indices carry that rule; no item carries a rule named in <see cref="Absent"/>.
/// </remarks>
public sealed record StorySetExample(
    string Page,
    int Line,
    string Name,
    bool KnownMiss,
    IReadOnlyList<Core.Model.BacklogItem> Items,
    IReadOnlyList<(int Index, string Rule)> Expect,
    IReadOnlyList<string> Absent)
{
    public const string Info = "example-set";
    public const string KnownMissInfo = "example-set-known-miss";

    public static IReadOnlyList<StorySetExample> ReadPage(string path)
    {
        var page = Path.GetFileName(path);
        var result = new List<StorySetExample>();
        foreach (var b in FencedBlock.Read(page, File.ReadAllText(path)))
        {
            if (b.Info is Info or KnownMissInfo)
            {
                result.Add(Parse(b));
            }
        }

        return result;
    }

    private static StorySetExample Parse(FencedBlock b)
    {
        try
        {
            using var doc = JsonDocument.Parse(b.Body);
            var root = doc.RootElement;
            var name = root.GetProperty("name").GetString() ?? throw new FormatException("'name' is null");
            var items = root.GetProperty("items").EnumerateArray().Select((x, i) => ExampleJson.Item(x, $"S-{i + 1}", i + 1)).ToList();
            var expect = root.TryGetProperty("expect", out var ex)
                ? ex.EnumerateArray().Select(x => (x.GetProperty("index").GetInt32(), x.GetProperty("rule").GetString() ?? "")).ToList()
                : [];
            var absent = root.TryGetProperty("absent", out var ab) ? ab.EnumerateArray().Select(x => x.GetString() ?? "").ToList() : [];
            foreach (var (index, _) in expect)
            {
                if (index < 0 || index >= items.Count)
                {
                    throw new FormatException($"expect index {index} is outside the {items.Count} items (indices start at 0)");
                }
            }

            return new StorySetExample(b.Page, b.Line, name, b.Info == KnownMissInfo, items, expect, absent);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new FormatException($"{b.Page}:{b.Line}: bad {b.Info} block: {e.Message}", e);
        }
    }

    /// <summary>Runs the set through <see cref="ReadinessEngine.Run"/>; <c>null</c> when the findings agree, otherwise what differs.</summary>
    public string? Check(ReadinessEngine engine)
    {
        var run = engine.Run(Items, parallel: false);
        var found = run.Items.SelectMany((r, i) => r.Findings.Select(f => (Index: i, f.Rule, f.Message))).ToList();
        var problems = new List<string>();
        foreach (var rule in Expect.Select(x => x.Rule).Distinct())
        {
            var want = Expect.Where(x => x.Rule == rule).Select(x => x.Index).Order().ToList();
            var got = found.Where(f => f.Rule == rule).Select(f => f.Index).Distinct().Order().ToList();
            if (!want.SequenceEqual(got))
            {
                problems.Add($"'{rule}' expected on [{string.Join(", ", want)}], found on [{string.Join(", ", got)}]");
            }
        }

        foreach (var rule in Absent)
        {
            var got = found.Where(f => f.Rule == rule).ToList();
            if (got.Count > 0)
            {
                problems.Add($"'{rule}' should be absent, found on [{string.Join(", ", got.Select(g => g.Index))}]");
            }
        }

        if (problems.Count == 0)
        {
            return null;
        }

        var all = found.Count == 0 ? "none" : string.Join("; ", found.Select(f => $"{f.Index}: {f.Rule} — {f.Message}"));
        return string.Join("; ", problems) + $". All findings: {all}";
    }

    public override string ToString() => $"{Page} › {Name}";
}
