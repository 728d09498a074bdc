using System.Globalization;
using System.Text;
using CsCheck;
using PoPath.Core.History;
using PoPath.Core.Readiness;
using PoPath.Core.Signals;
using PoPath.Testing;

namespace PoPath.Core.Tests.Signals;

/// <summary>Invariants over random histories: input order does not matter, shares stay in 0–1, evidence is within its cap.</summary>
public sealed class SignalPropertyTests
{
    private static readonly DateTimeOffset Origin = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly string[] Actors = ["Pat PO", "Sam Sales", "Kim", "Lee"];
    private static readonly string?[] Resolutions = ["Done", "Won't Do", "Declined", null];
    private static readonly string[] Statuses = ["In Progress", "On Hold", "Deferred", "Done"];

    private static readonly Gen<(BacklogHistory History, SnapshotReading[] Snapshots, int Shuffle)> Histories =
        Gen.Select(Gen.Int[0, 4], Gen.Int[1, 15], Gen.Int[0, 120], Gen.Int, Gen.Int).Select((sprints, items, events, seed, shuffle) =>
            (Make(sprints, items, events, new Random(seed), out var snapshots), snapshots, shuffle));

    [Fact]
    public void Results_do_not_depend_on_the_order_of_events_and_items()
    {
        Histories.Sample(x =>
        {
            var random = new Random(x.Shuffle);
            var events = x.History.Events.ToArray();
            var items = x.History.Items.ToArray();
            random.Shuffle(events);
            random.Shuffle(items);
            var shuffled = x.History with { Events = events, Items = items };
            return Fingerprint(SignalEngine.Default.Run(x.History, null, x.Snapshots)) == Fingerprint(SignalEngine.Default.Run(shuffled, null, [.. x.Snapshots.Reverse()]));
        }, iter: 200);
    }

    [Fact]
    public void Every_value_is_a_share_in_0_to_1_with_its_band_and_capped_evidence()
    {
        Histories.Sample(x =>
        {
            var options = new SignalOptions { MaxEvidence = 7 };
            var result = SignalEngine.Default.Run(x.History, options, x.Snapshots);
            result.Problems.ShouldBeEmpty();
            foreach (var s in result.Signals)
            {
                s.Values.Count.ShouldBe(result.Periods.Count);
                foreach (var v in s.Values)
                {
                    if (v.Value is { } value)
                    {
                        value.ShouldBeInRange(0, 1, $"{s.Id} {v.Period}");
                        v.Band.ShouldNotBe(SignalBand.None);
                        ((double)v.Count!.Value / v.Of!.Value).ShouldBe(value);
                    }
                    else
                    {
                        v.Band.ShouldBe(SignalBand.None);
                    }

                    v.Evidence.Count.ShouldBeLessThanOrEqualTo(7);
                    v.EvidenceTotal.ShouldBeGreaterThanOrEqualTo(v.Evidence.Count);
                }
            }
        }, iter: 200);
    }

    private static BacklogHistory Make(int sprintCount, int itemCount, int eventCount, Random r, out SnapshotReading[] snapshots)
    {
        var sprints = Enumerable.Range(0, sprintCount).Select(i => new Sprint
        {
            Id = (i + 1).ToString(CultureInfo.InvariantCulture),
            Name = "Sprint " + (i + 1),
            Start = Origin.AddDays(14 * i),
            End = Origin.AddDays(14 * (i + 1)),
            State = i == sprintCount - 1 && r.Next(2) == 0 ? SprintState.Active : SprintState.Closed,
        }).ToList();
        var items = Enumerable.Range(0, itemCount).Select(i => (r.Next(3) == 0 ? Some.ReadyItem("I-" + i, i + 1) : Some.BareTask("I-" + i, i + 1)) with
        {
            Created = r.Next(4) == 0 ? null : Origin.AddDays(r.Next(-120, 40)),
            StoryPoints = r.Next(3) == 0 ? null : r.Next(1, 9),
            Sprints = sprintCount > 0 && r.Next(3) == 0 ? ["Sprint " + r.Next(1, sprintCount + 1)] : [],
            Status = r.Next(5) == 0 ? "Done" : null,
        }).ToList();
        var kinds = Enum.GetValues<ItemEventKind>();
        var events = new List<ItemEvent>();
        for (var i = 0; i < eventCount; i++)
        {
            var kind = kinds[r.Next(kinds.Length)];
            events.Add(new ItemEvent
            {
                ItemId = "I-" + r.Next(itemCount),
                Kind = kind,
                At = Origin.AddHours(r.Next(-24 * 30, 24 * 80)), // hour steps: ties happen
                Actor = r.Next(6) == 0 ? null : Actors[r.Next(Actors.Length)],
                SprintId = kind is ItemEventKind.AddedToSprint or ItemEventKind.RemovedFromSprint && sprintCount > 0 ? r.Next(1, sprintCount + 1).ToString(CultureInfo.InvariantCulture) : null,
                To = kind switch
                {
                    ItemEventKind.Resolved => Resolutions[r.Next(Resolutions.Length)],
                    ItemEventKind.StatusChanged => Statuses[r.Next(Statuses.Length)],
                    ItemEventKind.Commented => "a reason",
                    _ => null,
                },
                Direction = kind == ItemEventKind.RankMoved ? RankDirection.Up : null,
                ChangeId = r.Next(3) == 0 ? null : i.ToString(CultureInfo.InvariantCulture),
            });
        }

        var run = ReadinessEngine.Default.Run(items, parallel: false);
        snapshots = [.. Enumerable.Range(0, r.Next(3)).Select(i => new SnapshotReading(Origin.AddDays(r.Next(-10, 70)), run, "snapshot " + (i + 1)))];
        return new BacklogHistory("random", "test", items, sprints, [.. events.OrderBy(e => e.At)], []);
    }

    private static string Fingerprint(SignalResult result)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{result.ProductOwner} {result.PeriodKind}");
        foreach (var s in result.Signals)
        {
            foreach (var v in s.Values)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"{s.Id} {v.Period} {v.Value} {v.Band} {v.Count}/{v.Of} {v.Note} {v.EvidenceTotal}");
                foreach (var e in v.Evidence)
                {
                    sb.AppendLine(CultureInfo.InvariantCulture, $"  {e}");
                }
            }
        }

        foreach (var f in result.Findings)
        {
            sb.AppendLine(f.Kind + " " + f.Message + " " + string.Join("|", f.Evidence));
        }

        return sb.ToString();
    }
}
