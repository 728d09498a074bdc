using System.Text.Json;
using PoPath.Core.Model;
using PoPath.Core.Readiness;

namespace PoPath.Testing.Docs;

/// <summary>An <c>example</c> (or <c>example-known-miss</c>) block of a docs/elements page: one item, its neighbours below, the expected verdict.</summary>
public sealed record ElementExample(
    string Page,
    int Line,
    string Name,
    bool KnownMiss,
    Element Element,
    BacklogItem Item,
    IReadOnlyList<BacklogItem> Below,
    ElementStatus Expect,
    string? Evidence)
{
    public const string Info = "example";
    public const string KnownMissInfo = "example-known-miss";

    /// <summary>The examples of one element page; the element is the page's file name (<c>trade_off.md</c> → trade_off).</summary>
    public static IReadOnlyList<ElementExample> ReadPage(string path)
    {
        var page = Path.GetFileName(path);
        if (!ElementNames.TryParse(Path.GetFileNameWithoutExtension(path), out var element))
        {
            throw new FormatException($"{page}: the file name is not an element id");
        }

        var result = new List<ElementExample>();
        foreach (var b in FencedBlock.Read(page, File.ReadAllText(path)))
        {
            if (b.Info is Info or KnownMissInfo)
            {
                result.Add(Parse(b, element));
            }
        }

        return result;
    }

    private static ElementExample Parse(FencedBlock b, Element element)
    {
        try
        {
            using var doc = JsonDocument.Parse(b.Body);
            var root = doc.RootElement;
            var name = root.GetProperty("name").GetString() ?? throw new FormatException("'name' is null");
            var item = ExampleJson.Item(root.GetProperty("item"), "EX-1", 1);
            var below = new List<BacklogItem>();
            if (root.TryGetProperty("below", out var bl))
            {
                var rank = item.Rank;
                foreach (var x in bl.EnumerateArray())
                {
                    below.Add(ExampleJson.Item(x, $"EX-{below.Count + 2}", ++rank));
                }
            }

            var expect = root.GetProperty("expect").GetString() ?? "";
            if (!ElementNames.TryParseStatus(expect, out var status))
            {
                throw new FormatException($"'expect' must be present, weak or missing, not '{expect}'");
            }

            var evidence = root.TryGetProperty("evidence", out var ev) ? ev.GetString() : null;
            return new ElementExample(b.Page, b.Line, name, b.Info == KnownMissInfo, element, item, below, status, evidence);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new FormatException($"{b.Page}:{b.Line}: bad {b.Info} block: {e.Message}", e);
        }
    }

    /// <summary>Runs the example; <c>null</c> when the engine agrees, otherwise what it said instead.</summary>
    public string? Check(ReadinessEngine engine)
    {
        var v = engine.Assess(Item, Below).Of(Element);
        var texts = v.Evidence.Select(e => $"{e.Field}: \"{e.Text}\"").ToList();
        var said = $"engine said {v.Status.Id()} ({v.Reason}); evidence: [{string.Join("; ", texts)}]";
        if (v.Status != Expect)
        {
            return $"expected {Expect.Id()}, {said}";
        }

        if (Evidence is { } want && !v.Evidence.Any(e => e.Text.Contains(want, StringComparison.Ordinal)))
        {
            return $"expected evidence containing \"{want}\", {said}";
        }

        return null;
    }

    public override string ToString() => $"{Page} › {Name}";
}
