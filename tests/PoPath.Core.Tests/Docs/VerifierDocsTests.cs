using System.Text.RegularExpressions;
using PoPath.Core.Insights.Generative;
using PoPath.Testing.Docs;

namespace PoPath.Core.Tests.Docs;

/// <summary>The <c>verifier-example</c> blocks of docs/assist.md: the evidence, a generated sentence and the verdict the verifier gives it.</summary>
public sealed partial class VerifierDocsTests
{
    public static TheoryData<int> Examples()
    {
        var data = new TheoryData<int>();
        foreach (var b in Blocks())
        {
            data.Add(b.Line);
        }

        return data;
    }

    private static IEnumerable<FencedBlock> Blocks() =>
        FencedBlock.Read("assist.md", File.ReadAllText(Path.Combine(RepoRoot.Find(), "docs", "assist.md"))).Where(b => b.Info == "verifier-example");

    [Fact]
    public void The_page_shows_every_verdict()
    {
        Blocks().Select(b => Field(b, "verdict").Single()).Distinct().Order().ShouldBe(["supported", "uncited", "unknown-id", "unsupported"]);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_gets_the_documented_verdict(int line)
    {
        var block = Blocks().Single(b => b.Line == line);
        var evidence = Field(block, "evidence").Select(e =>
        {
            var m = EvidenceLine().Match(e);
            m.Success.ShouldBeTrue($"assist.md:{line}: evidence lines read '[ID] text'");
            return new EvidenceItem(m.Groups[1].Value, "docs", m.Groups[2].Value);
        }).ToList();

        var result = new CitationVerifier(evidence).VerifyReply(Field(block, "sentence").Single());

        result.Sentences.Count.ShouldBe(1, $"assist.md:{line}");
        result.Sentences[0].Verdict.Id().ShouldBe(Field(block, "verdict").Single(), $"assist.md:{line}: {result.Sentences[0].Reason}");
    }

    private static IEnumerable<string> Field(FencedBlock block, string name) =>
        block.Body.Split('\n').Where(l => l.StartsWith(name + ":", StringComparison.Ordinal)).Select(l => l[(name.Length + 1)..].Trim());

    [GeneratedRegex(@"^\[([^\]]+)\] (.+)$")]
    private static partial Regex EvidenceLine();
}
