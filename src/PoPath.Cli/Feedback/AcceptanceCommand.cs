using System.CommandLine;
using System.Globalization;
using System.Text;
using PoPath.Cli.Storage;
using PoPath.Core.Insights.Acceptance;
using PoPath.Core.Readiness;
using Spectre.Console;

namespace PoPath.Cli.Feedback;

/// <summary><c>popath acceptance &lt;backlog file&gt; [--top N]</c>: checks the acceptance criteria of the top items and suggests the questions to ask.</summary>
internal static class AcceptanceCommand
{
    public static Command Create(CliEnvironment env)
    {
        var file = new Argument<string>("file") { Description = "The backlog export (any format popath check reads)." };
        var top = new Option<int>("--top") { Description = "How many top-ranked items to check.", DefaultValueFactory = _ => 10, HelpName = "N" };
        top.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--top expects a positive number of items.");
            }
        });
        var output = StoreOptions.Output();
        var command = new Command("acceptance", "Check the acceptance criteria of the top items: Given/When/Then (official Gherkin parser) and checklists; flags untestable wording, no observable result, missing unhappy paths and criteria that never touch the stated outcome.")
        {
            file, top, output,
        };
        command.SetAction(async (parse, ct) =>
        {
            var backlog = await AssistInputs.BacklogAsync(env, parse.GetValue(file)!, ct);
            if (backlog is null)
            {
                return ExitCodes.Input;
            }

            var reports = new AcceptanceChecker().Check(ReadinessEngine.Default.Run(backlog.Items), parse.GetValue(top));
            Write(env, parse.GetValue(output), backlog.Source, reports);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(CliEnvironment env, StoreOutput output, string source, IReadOnlyList<AcceptanceReport> reports)
    {
        switch (output)
        {
            case StoreOutput.Json:
                AssistWriter.Json(env, new
                {
                    source,
                    items = reports.Select(r => new
                    {
                        id = r.ItemId,
                        title = r.Title,
                        rank = r.Rank,
                        field = r.Field,
                        outcome = r.Outcome,
                        criteria = r.Criteria.Select(c => new { form = c.Form, text = c.Text, line = c.Line, steps = c.Steps }),
                        flags = r.Flags.Select(f => new { rule = f.Rule, message = f.Message, evidence = f.Evidence, criterion = f.Criterion, question = f.Question }),
                        questions = r.Questions,
                    }),
                });
                break;
            case StoreOutput.Markdown:
                var sb = new StringBuilder();
                sb.Append(CultureInfo.InvariantCulture, $"# Acceptance checks: {AssistWriter.Md(source)}\n\n");
                foreach (var r in reports)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"## {AssistWriter.Md(r.ItemId)} (rank {r.Rank}): {AssistWriter.Md(r.Title)}\n\n");
                    sb.Append(CultureInfo.InvariantCulture, $"{r.Criteria.Count} criteria{(r.Field is null ? string.Empty : $" from {r.Field}")}; {r.Flags.Count} findings.\n\n");
                    foreach (var f in r.Flags)
                    {
                        sb.Append(CultureInfo.InvariantCulture, $"- **{f.Rule}**: {AssistWriter.Md(f.Message)}{(f.Evidence.Length > 0 ? $" — \"{AssistWriter.Md(f.Evidence)}\"" : string.Empty)}\n");
                    }

                    if (r.Questions.Count > 0)
                    {
                        sb.Append("\nQuestions to ask:\n\n");
                        sb.Append(string.Concat(r.Questions.Select(q => $"- {AssistWriter.Md(q)}\n")));
                    }

                    sb.Append('\n');
                }

                AssistWriter.Markdown(env, sb.ToString());
                break;
            default:
                var table = new Table { Border = TableBorder.Simple, Title = new TableTitle(Markup.Escape($"Acceptance checks of {source}")) };
                table.AddColumn("Rank", c => c.RightAligned());
                table.AddColumn("Item");
                table.AddColumn("Criteria", c => c.RightAligned());
                table.AddColumn("Findings");
                table.AddColumn("Ask");
                foreach (var r in reports)
                {
                    table.AddRow(r.Rank.ToString(CultureInfo.InvariantCulture), AssistWriter.Cell($"{r.ItemId} {r.Title}"), r.Criteria.Count.ToString(CultureInfo.InvariantCulture),
                        r.Flags.Count == 0 ? "[green]none[/]" : string.Join("\n", r.Flags.Select(f => AssistWriter.Cell(f.Message))),
                        string.Join("\n", r.Questions.Select(AssistWriter.Cell)));
                }

                AssistWriter.Table(env, table);
                break;
        }
    }
}
