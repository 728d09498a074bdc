using PoPath.Core.Advisor;
using PoPath.Core.Model;
using PoPath.Core.Signals;
using PoPath.Testing.Docs;
using YamlDotNet.RepresentationModel;

namespace PoPath.Core.Tests.Docs;

/// <summary>Docs that execute: every <c>advise-example</c> of docs/advisor.md is run through the advisor.</summary>
public sealed class AdvisorDocsTests
{
    private static readonly Lazy<IReadOnlyList<(string Name, int Line, YamlMappingNode Body)>> Examples = new(() =>
    {
        var path = Path.Combine(RepoRoot.Find(), "docs", "advisor.md");
        return [.. FencedBlock.Read("advisor.md", File.ReadAllText(path)).Where(b => b.Info == "advise-example").Select(b =>
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(b.Body));
            var map = (YamlMappingNode)stream.Documents[0].RootNode;
            return (((YamlScalarNode)map["name"]).Value!, b.Line, map);
        })];
    });

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var e in Examples.Value)
        {
            data.Add(e.Name);
        }

        return data;
    }

    [Fact]
    public void The_page_has_an_example_for_every_rule()
    {
        Examples.Value.Count.ShouldBeGreaterThanOrEqualTo(8);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Example_matches_the_advisor(string name)
    {
        var (_, line, body) = Examples.Value.Single(e => e.Name == name);
        var at = $"advisor.md:{line} \"{name}\"";
        var profileText = new YamlStream(new YamlDocument(body["profile"]));
        using var writer = new StringWriter();
        profileText.Save(writer, assignAnchors: false);
        var profile = ProfileReader.Parse(writer.ToString(), at, Core.Catalogue.Catalogue.Default);

        GapProfile? gaps = null;
        if (body.Children.TryGetValue(new YamlScalarNode("gaps"), out var g))
        {
            var missing = ((YamlMappingNode)g).Children.ToDictionary(kv => Parse(((YamlScalarNode)kv.Key).Value!), kv => int.Parse(((YamlScalarNode)kv.Value).Value!, System.Globalization.CultureInfo.InvariantCulture));
            gaps = new GapProfile(20, 20, [.. ElementNames.All.Select(e => new ElementGap(e, 20 - missing.GetValueOrDefault(e), 0, missing.GetValueOrDefault(e)))]);
        }

        var signals = new List<SignalSummary>();
        if (body.Children.TryGetValue(new YamlScalarNode("signals"), out var s))
        {
            foreach (YamlMappingNode r in ((YamlSequenceNode)s).Children.Cast<YamlMappingNode>())
            {
                signals.Add(new SignalSummary(((YamlScalarNode)r["id"]).Value!, "Sprint 1",
                    double.Parse(((YamlScalarNode)r["value"]).Value!, System.Globalization.CultureInfo.InvariantCulture),
                    Enum.Parse<SignalBand>(((YamlScalarNode)r["band"]).Value!, ignoreCase: true)));
            }
        }

        var advice = RouteAdvisor.Default.Advise(new AdviceInput(profile, gaps, signals));
        var expect = (YamlMappingNode)body["expect"];
        if (expect.Children.TryGetValue(new YamlScalarNode("route"), out var route))
        {
            advice.Route.Select(r => r.Id).ShouldBe(Ids(route), $"{at}: route");
        }

        if (expect.Children.TryGetValue(new YamlScalarNode("not_now"), out var notNow))
        {
            Ids(notNow).ShouldBeSubsetOf(advice.NotNow.Select(n => n.Id), $"{at}: not_now");
        }

        if (expect.Children.TryGetValue(new YamlScalarNode("organisation"), out var organisation))
        {
            Ids(organisation).ShouldBeSubsetOf(advice.Organisation.Select(o => o.Kind), $"{at}: organisation");
        }

        if (expect.Children.TryGetValue(new YamlScalarNode("why"), out var why))
        {
            foreach (var (k, v) in ((YamlMappingNode)why).Children)
            {
                var step = advice.Route.SingleOrDefault(r => r.Id == ((YamlScalarNode)k).Value).ShouldNotBeNull($"{at}: {k} not on the route");
                step.Why.ShouldContain(w => w.Contains(((YamlScalarNode)v).Value!, StringComparison.Ordinal), $"{at}: why of {k}");
            }
        }
    }

    private static List<string> Ids(YamlNode node) => [.. ((YamlSequenceNode)node).Children.Select(c => ((YamlScalarNode)c).Value!)];

    private static Element Parse(string id) => ElementNames.TryParse(id, out var e) ? e : throw new FormatException($"unknown element {id}");
}
