using PoPath.Core.Signals;

namespace PoPath.Core.Tests.Docs;

/// <summary>Docs that execute: every <c>signal-example</c> of docs/signals/*.md is run through <see cref="SignalEngine.Default"/>.</summary>
public sealed class SignalDocsTests
{
    private static readonly Lazy<IReadOnlyList<SignalExample>> Examples = new(() =>
        [.. DocPages.Pages("signals").SelectMany(SignalExample.ReadPage)]);

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var e in Examples.Value)
        {
            data.Add(e.Page, e.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Signal_example_matches_the_engine(string page, string name)
    {
        var ex = Examples.Value.Single(e => e.Page == page && e.Name == name);
        var problem = ex.Check();
        problem.ShouldBeNull($"{ex.Page}:{ex.Line} \"{ex.Name}\": {problem}");
    }

    [Fact]
    public void Every_signal_has_a_page_with_examples_of_its_own()
    {
        foreach (var s in SignalEngine.Default.Signals)
        {
            Examples.Value.Where(e => e.Page == s.Id + ".md").ShouldNotBeEmpty($"docs/signals/{s.Id}.md has no signal-example");
            Examples.Value.Where(e => e.Page == s.Id + ".md").ShouldAllBe(e => e.Signal == s.Id);
        }
    }
}
