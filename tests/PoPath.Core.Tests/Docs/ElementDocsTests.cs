using PoPath.Core.Model;
using PoPath.Core.Readiness;
using PoPath.Testing.Docs;
using Xunit.Abstractions;

namespace PoPath.Core.Tests.Docs;

/// <summary>Docs that execute: every example of docs/elements/*.md is checked against the engine.</summary>
/// <remarks>
/// An <c>example</c> block must match the engine (status, and the evidence substring when given). An
/// <c>example-known-miss</c> block records a case the engine gets wrong today: it is parsed and run too, and the result
/// is written to the test output; see <see cref="KnownMissMode"/> for making a fixed one fail the build.
/// </remarks>
public sealed class ElementDocsTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Checked() => Cases(knownMiss: false);

    public static TheoryData<string, string> KnownMisses() => Cases(knownMiss: true);

    [Theory]
    [MemberData(nameof(Checked))]
    public void Example_matches_the_engine(string page, string example)
    {
        var ex = DocPages.Element(page, example);
        var problem = ex.Check(ReadinessEngine.Default);
        problem.ShouldBeNull($"{ex.Page}:{ex.Line} \"{ex.Name}\" ({ex.Element.Id()}): {problem}");
    }

    [Theory]
    [MemberData(nameof(KnownMisses))]
    public void Known_miss_is_run_and_reported(string page, string example)
    {
        var ex = DocPages.Element(page, example);
        KnownMissMode.Report(output, $"{ex.Page}:{ex.Line} \"{ex.Name}\"", ex.Check(ReadinessEngine.Default), ElementExample.KnownMissInfo, ElementExample.Info);
    }

    [Fact]
    public void Every_element_has_a_page()
    {
        var pages = DocPages.Pages("elements").Select(Path.GetFileNameWithoutExtension).ToList();
        foreach (var e in ElementNames.All)
        {
            pages.ShouldContain(e.Id(), $"docs/elements/{e.Id()}.md is missing");
        }
    }

    [Fact]
    public void Every_page_has_checked_present_weak_and_missing_examples()
    {
        foreach (var page in DocPages.Elements.GroupBy(e => e.Page))
        {
            foreach (var status in new[] { ElementStatus.Present, ElementStatus.Weak, ElementStatus.Missing })
            {
                page.Count(e => !e.KnownMiss && e.Expect == status)
                    .ShouldBeGreaterThan(0, $"{page.Key} has no checked {status.Id()} example");
            }
        }
    }

    [Fact]
    public void Example_names_are_unique_within_a_page()
    {
        foreach (var page in DocPages.Elements.GroupBy(e => e.Page))
        {
            page.GroupBy(e => e.Name).Where(g => g.Count() > 1).Select(g => g.Key)
                .ShouldBeEmpty($"{page.Key} repeats example names");
        }
    }

    [Fact]
    public void Every_example_like_block_uses_a_known_info_string()
    {
        string[] known = [ElementExample.Info, ElementExample.KnownMissInfo];
        foreach (var path in DocPages.Pages("elements"))
        {
            var page = Path.GetFileName(path);
            foreach (var b in FencedBlock.Read(page, File.ReadAllText(path)))
            {
                if (b.Info.StartsWith("example", StringComparison.OrdinalIgnoreCase))
                {
                    known.ShouldContain(b.Info, $"{page}:{b.Line}: unknown block '{b.Info}' would not be run");
                }
            }
        }
    }

    private static TheoryData<string, string> Cases(bool knownMiss)
    {
        var data = new TheoryData<string, string>();
        foreach (var e in DocPages.Elements.Where(e => e.KnownMiss == knownMiss))
        {
            data.Add(e.Page, e.Name);
        }

        return data;
    }
}
