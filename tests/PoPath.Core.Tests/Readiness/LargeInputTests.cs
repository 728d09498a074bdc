using System.Text;
using PoPath.Core.Model;
using PoPath.Core.Readiness;
using PoPath.Testing;

namespace PoPath.Core.Tests.Readiness;

/// <summary>Sizes are capped, never a hang (DESIGN §8). No timing is asserted: the test only has to finish.</summary>
public sealed class LargeInputTests
{
    private const int Size = 200 * 1024;

    public static TheoryData<string> Shapes() => ["prose", "one-line", "gherkin-fragments", "list", "no-spaces"];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_200_KB_description_is_assessed(string shape)
    {
        var description = Text(shape);
        description.Length.ShouldBeGreaterThanOrEqualTo(Size);
        var item = Some.Item(title: "As a nurse, I want the handover list, so that I stop re-typing it", description: description);

        var r = ReadinessEngine.Default.Assess(item);

        r.Elements.Count.ShouldBe(ElementNames.All.Count);
        r.Score.ShouldBeInRange(0, 100);
        foreach (var e in r.Elements.SelectMany(v => v.Evidence).Where(e => item.TextOf(e.Field) is not null))
        {
            item.TextOf(e.Field)![e.Start..e.End].ShouldBe(e.Text);
        }
    }

    [Fact]
    public void A_backlog_of_large_items_runs()
    {
        var items = Enumerable.Range(1, 4).Select(i => Some.Item(id: $"L-{i}", rank: i, description: Text("prose"))).ToList();

        ReadinessEngine.Default.Run(items, parallel: false).Items.Count.ShouldBe(4);
    }

    private static string Text(string shape)
    {
        var unit = shape switch
        {
            "prose" => "Support tickets show dispatchers phone every driver before a job. We chose the board over an app. Outcome: calls down 30% by Q3.\n",
            "one-line" => "the handover list and the ward chart and the medication and the night shift ",
            "gherkin-fragments" => "given a when b given c when d given e ",
            "list" => "- [ ] the export includes every invoice, works well, timeout 30 s\n",
            "no-spaces" => "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            _ => throw new ArgumentOutOfRangeException(nameof(shape)),
        };

        var sb = new StringBuilder(Size + unit.Length);
        while (sb.Length < Size)
        {
            sb.Append(unit);
        }

        return sb.ToString();
    }
}
