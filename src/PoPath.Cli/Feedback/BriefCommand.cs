using System.CommandLine;
using System.Globalization;
using PoPath.Cli.Storage;
using PoPath.Core.Insights.Briefs;
using PoPath.Core.Insights.Generative;
using PoPath.Core.Model;
using PoPath.Core.Readiness;
using PoPath.Generative;
using Spectre.Console;

namespace PoPath.Cli.Feedback;

/// <summary><c>popath brief --requester NAME &lt;backlog file&gt;|--workspace W</c>: what a stakeholder asked for, where it stands and why it waits.</summary>
internal static class BriefCommand
{
    public static Command Create(CliEnvironment env)
    {
        var file = new Argument<string?>("file") { Description = "The backlog export; or use --workspace.", Arity = ArgumentArity.ZeroOrOne };
        var requester = new Option<string>("--requester") { Description = "The stakeholder: matched against each item's Reporter (case-insensitive).", Required = true, HelpName = "NAME" };
        var workspace = new Option<string?>("--workspace", "-w") { Description = "Use the workspace's latest snapshot instead of a file." };
        var db = StoreOptions.Db();
        var output = new Option<StoreOutput>("--output", "-o") { Description = "Output format.", DefaultValueFactory = _ => StoreOutput.Markdown };
        var command = new Command("brief", "A stakeholder brief: each of one requester's items with its rank and why it waits (readiness gaps, the items above it and their ordering rationale), evidence quoted.")
        {
            file, requester, workspace, db, output,
        };
        var rephrase = RephraseOptions.Create();
        rephrase.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file);
            var ws = parse.GetValue(workspace);
            var who = parse.GetValue(requester)!;
            if ((path is null) == (ws is null))
            {
                env.Error.WriteLine("popath: give either a backlog file or --workspace W (not both, not neither).");
                return ExitCodes.Usage;
            }

            if (string.IsNullOrWhiteSpace(who))
            {
                env.Error.WriteLine("popath: --requester must not be empty.");
                return ExitCodes.Usage;
            }

            var settings = rephrase.Resolve(env, parse, out var failed);
            if (failed)
            {
                return ExitCodes.Usage;
            }

            async Task<int> Finish(string source, StakeholderBrief brief)
            {
                var rephrased = settings is null ? null
                    : await RephraseStep.RunAsync(env, settings, RephraseEvidence.Brief(brief), ct);
                Write(env, parse.GetValue(output), source, brief, rephrased);
                return RephraseStep.ExitCode(rephrased);
            }

            if (path is not null)
            {
                var backlog = await AssistInputs.BacklogAsync(env, path, ct);
                if (backlog is null)
                {
                    return ExitCodes.Input;
                }

                return await Finish(backlog.Source, BriefBuilder.Build(ReadinessEngine.Default.Run(backlog.Items), who));
            }

            return await StoreRunner.RunAsync(env, parse.GetValue(db), async store =>
            {
                var snapshot = await store.LoadSnapshotAsync(ws!, null, ct);
                return await Finish($"{ws} snapshot {snapshot.Info.Number}", BriefBuilder.Build(ReadinessEngine.Default.Run(snapshot.Items), who));
            }, ct);
        });
        return command;
    }

    private static void Write(CliEnvironment env, StoreOutput output, string source, StakeholderBrief brief, RephraseResult? rephrased)
    {
        switch (output)
        {
            case StoreOutput.Json:
                AssistWriter.Json(env, new
                {
                    source,
                    requester = brief.Requester,
                    backlog_size = brief.BacklogSize,
                    requests = brief.Requests.Select(r => new
                    {
                        id = r.ItemId,
                        title = r.Title,
                        rank = r.Rank,
                        score = r.Score,
                        above = r.Above,
                        gaps = r.Gaps.Select(g => new { element = g.Element.Id(), status = g.Status.Id(), reason = g.Reason, evidence = Evidence(g.Evidence) }),
                        directly_above = r.DirectlyAbove.Select(n => new { id = n.ItemId, title = n.Title, rank = n.Rank, ordering = n.OrderingStatus.Id(), evidence = Evidence(n.OrderingEvidence) }),
                        why = r.Why,
                        questions = r.Questions,
                    }),
                }, rephrased);
                break;
            case StoreOutput.Table:
                var table = new Table { Border = TableBorder.Simple, Title = new TableTitle(Markup.Escape($"Requests of {brief.Requester} in {source}")) };
                table.AddColumn("Rank", c => c.RightAligned());
                table.AddColumn("Item");
                table.AddColumn("Why it waits");
                foreach (var r in brief.Requests)
                {
                    table.AddRow(r.Rank.ToString(CultureInfo.InvariantCulture), AssistWriter.Cell($"{r.ItemId} {r.Title}"), string.Join("\n", r.Why.Select(AssistWriter.Cell)));
                }

                AssistWriter.Table(env, table);
                if (rephrased is not null)
                {
                    RephraseStep.Table(env, rephrased);
                }

                break;
            default:
                AssistWriter.Markdown(env, Markdown(source, brief) + (rephrased is null ? "" : RephraseStep.Markdown(rephrased)));
                break;
        }
    }

    private static object Evidence(IReadOnlyList<Evidence> evidence) =>
        evidence.Select(e => new { field = e.Field, start = e.Start, end = e.End, text = e.Text });

    private static string Markdown(string source, StakeholderBrief brief) => BriefMarkdown.Write(source, brief);
}
