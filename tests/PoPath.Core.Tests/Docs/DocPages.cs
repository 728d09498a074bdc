using PoPath.Testing.Docs;

namespace PoPath.Core.Tests.Docs;

/// <summary>The executable examples of docs/elements and docs/rules, read once per test run.</summary>
internal static class DocPages
{
    private static readonly Lazy<string> Root = new(() => RepoRoot.Find());

    private static readonly Lazy<IReadOnlyList<ElementExample>> ElementsLazy = new(() =>
        [.. Pages("elements").SelectMany(ElementExample.ReadPage)]);

    private static readonly Lazy<IReadOnlyList<StorySetExample>> RulesLazy = new(() =>
        [.. Pages("rules").SelectMany(StorySetExample.ReadPage)]);

    public static string ElementsFolder => Path.Combine(Root.Value, "docs", "elements");

    public static string RulesFolder => Path.Combine(Root.Value, "docs", "rules");

    public static IReadOnlyList<ElementExample> Elements => ElementsLazy.Value;

    public static IReadOnlyList<StorySetExample> Rules => RulesLazy.Value;

    public static IEnumerable<string> Pages(string folder) =>
        Directory.EnumerateFiles(Path.Combine(Root.Value, "docs", folder), "*.md").Order(StringComparer.Ordinal);

    public static ElementExample Element(string page, string name) =>
        Elements.Single(e => e.Page == page && e.Name == name);

    public static StorySetExample Rule(string page, string name) =>
        Rules.Single(e => e.Page == page && e.Name == name);
}
