using PoPath.Core.Readiness;
using PoPath.Testing.Docs;
using Xunit.Abstractions;

namespace PoPath.Core.Tests.Docs;

/// <summary>Docs that execute: every <c>example-set</c> of docs/rules/*.md is run through <see cref="ReadinessEngine.Run"/>.</summary>
/// <remarks>Known misses (<c>example-set-known-miss</c>) are run and reported as for the element pages (<see cref="KnownMissMode"/>).</remarks>
public sealed class RuleDocsTests(ITestOutputHelper output)
{
    private static readonly string[] FindingRules =
        ["well-formed.no-role", "well-formed.no-means", "atomic", "minimal", "unique", "uniform"];

    public static TheoryData<string, string> Checked() => Cases(knownMiss: false);

    [Theory]
    [MemberData(nameof(Checked))]
    public void Example_set_matches_the_engine(string page, string example)
    {
        var ex = DocPages.Rule(page, example);
        var problem = ex.Check(ReadinessEngine.Default);
        problem.ShouldBeNull($"{ex.Page}:{ex.Line} \"{ex.Name}\": {problem}");
    }

    [Fact]
    public void Known_miss_sets_are_run_and_reported()
    {
        // A fact, not a theory: when every known miss has been fixed there is no data row left.
        foreach (var ex in DocPages.Rules.Where(r => r.KnownMiss))
        {
            KnownMissMode.Report(output, $"{ex.Page}:{ex.Line} \"{ex.Name}\"", ex.Check(ReadinessEngine.Default), StorySetExample.KnownMissInfo, StorySetExample.Info);
        }
    }

    [Fact]
    public void Every_finding_rule_has_a_checked_example_that_expects_it()
    {
        var expected = DocPages.Rules.Where(r => !r.KnownMiss).SelectMany(r => r.Expect.Select(x => x.Rule)).ToHashSet();
        foreach (var rule in FindingRules)
        {
            expected.ShouldContain(rule, $"no checked example-set expects '{rule}'");
        }
    }

    [Fact]
    public void Example_sets_name_only_known_rules()
    {
        foreach (var ex in DocPages.Rules)
        {
            foreach (var rule in ex.Expect.Select(x => x.Rule).Concat(ex.Absent))
            {
                FindingRules.ShouldContain(rule, $"{ex.Page}:{ex.Line} \"{ex.Name}\" names an unknown rule");
            }
        }
    }

    [Fact]
    public void Every_example_like_block_uses_a_known_info_string()
    {
        string[] known = [StorySetExample.Info, StorySetExample.KnownMissInfo];
        foreach (var path in DocPages.Pages("rules"))
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
        foreach (var e in DocPages.Rules.Where(e => e.KnownMiss == knownMiss))
        {
            data.Add(e.Page, e.Name);
        }

        return data;
    }
}
