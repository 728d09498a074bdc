using System.Text;
using PoPath.Core.Model;
using PoPath.Core.Readiness;

namespace PoPath.Core.Tests.Readiness;

/// <summary>A small hand-rolled property test: the same backlog in any order gives the same run.</summary>
public sealed class OrderIndependenceTests
{
    public static TheoryData<int> Seeds() => [1, 2, 3, 5, 8, 13, 21, 34];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Results_do_not_depend_on_input_order(int seed)
    {
        var backlog = Corpus.Backlog(60);
        var expected = Render(ReadinessEngine.Default.Run(backlog, top: 25, parallel: false));

        var shuffled = backlog.ToArray();
        new Random(seed).Shuffle(shuffled);
        var actual = Render(ReadinessEngine.Default.Run(shuffled, top: 25, parallel: false));

        actual.ShouldBe(expected);
    }

    [Fact]
    public void Parallel_and_sequential_runs_give_the_same_result()
    {
        // The engine only spreads work over cores from 256 items on.
        var backlog = Corpus.Backlog(300);

        Render(ReadinessEngine.Default.Run(backlog, parallel: true)).ShouldBe(Render(ReadinessEngine.Default.Run(backlog, parallel: false)));
    }

    [Fact]
    public void Items_come_back_ordered_by_rank()
    {
        var backlog = Corpus.Backlog(20).Reverse().ToList();

        var run = ReadinessEngine.Default.Run(backlog, parallel: false);

        run.Items.Select(r => r.Item.Rank).ShouldBe(Enumerable.Range(1, 20));
    }

    /// <summary>Everything a run reports, as text, so two runs can be compared whole.</summary>
    private static string Render(CheckRun run)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"summary {run.Summary}");
        sb.AppendLine($"gaps {run.Gaps.Top} {run.Gaps.ItemsConsidered} {string.Join(", ", run.Gaps.Elements)}");
        foreach (var r in run.Items)
        {
            sb.AppendLine($"{r.Item.Id} rank {r.Item.Rank} score {r.Score}");
            foreach (var v in r.Elements)
            {
                sb.AppendLine($"  {v.Element.Id()} {v.Status.Id()} {v.Reason} {string.Join(" | ", v.Evidence)}");
            }

            sb.AppendLine($"  questions {string.Join(" | ", r.Questions)}");
            foreach (var f in r.Findings)
            {
                sb.AppendLine($"  finding {f.Rule} {f.Message} {string.Join(" | ", f.Evidence)}");
            }
        }

        return sb.ToString();
    }
}
