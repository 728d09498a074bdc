using PoPath.Core.Model;
using PoPath.Core.Tests.Docs;
using PoPath.Testing;

namespace PoPath.Core.Tests.Readiness;

/// <summary>A varied set of realistic items for contract tests: the docs examples' items plus a few built here.</summary>
internal static class Corpus
{
    public static IReadOnlyList<BacklogItem> Items() =>
    [
        Some.ReadyItem(),
        Some.BareTask(),
        Some.Item(title: "As a user I want a button", priority: "High"),
        Some.Item(
            title: "Checkout drop-off",
            description: "Support tickets show shoppers give up at the address step.\nOutcome: drop-off from 30% to 20% by Q3.\n\nAcceptance criteria:\n- The form shows at most 5 fields\n- Works well on mobile",
            links: [new ItemLink("blocks", "X-9"), new ItemLink("is blocked by", "X-8")]),
        .. DocPages.Elements.SelectMany(e => e.Below.Prepend(e.Item)),
        .. DocPages.Rules.SelectMany(r => r.Items),
    ];

    /// <summary>A backlog of distinct ids and ranks 1…n made from <see cref="Items"/>.</summary>
    public static IReadOnlyList<BacklogItem> Backlog(int count)
    {
        var items = Items();
        return [.. Enumerable.Range(0, count).Select(i => items[i % items.Count] with { Id = $"B-{i + 1}", Rank = i + 1 })];
    }
}
