using System.CommandLine;
using System.Globalization;
using System.Text;
using PoPath.Cli.Rendering;
using PoPath.Cli.Storage;
using PoPath.Core.Insights;
using PoPath.Core.Insights.Generative;
using PoPath.Core.Insights.Options;
using PoPath.Core.Model;
using PoPath.Generative;
using Spectre.Console;

namespace PoPath.Cli.Feedback;

/// <summary><c>popath feedback options --theme N|--goal "…"</c>: alternative draft items for a theme; nothing is written to the backlog.</summary>
internal static class OptionsCommand
{
    public static Command Create(CliEnvironment env, (Argument<string?> File, Option<string?> Workspace, Option<int?> Set, Option<string?> Db, Option<StoreOutput> Output, Option<int?> K, Option<int> Seed) common)
    {
        var (file, workspace, set, db, output, k, seed) = common;
        var theme = new Option<int?>("--theme") { Description = "The theme number (as popath feedback themes prints it with the same --k and --seed).", HelpName = "N" };
        var goal = new Option<string?>("--goal") { Description = "A stated goal: the theme whose feedback shares most words with it is used." };
        var backlog = new Option<string?>("--backlog") { Description = "A backlog file: an item that already addresses the theme becomes an option to extend.", HelpName = "FILE" };
        var command = new Command("options", "Two or three alternative draft backlog items for a theme or a goal, each with the feedback and items behind it and first answers where the evidence allows. Nothing is written to the backlog.")
        {
            file, workspace, set, theme, goal, k, seed, backlog, db, output,
        };
        var rephrase = RephraseOptions.Create();
        rephrase.AddTo(command);
        command.SetAction((parse, ct) =>
        {
            if ((parse.GetValue(theme) is null) == string.IsNullOrWhiteSpace(parse.GetValue(goal)))
            {
                env.Error.WriteLine("popath: give either --theme N or --goal \"…\".");
                return Task.FromResult(ExitCodes.Usage);
            }

            var settings = rephrase.Resolve(env, parse, out var failed);
            if (failed)
            {
                return Task.FromResult(ExitCodes.Usage);
            }

            return AssistInputs.WithFeedbackAsync(env, parse.GetValue(file), parse.GetValue(workspace), parse.GetValue(db), parse.GetValue(set), async (loaded, _) =>
            {
                IReadOnlyList<BacklogItem>? items = null;
                if (parse.GetValue(backlog) is { } b)
                {
                    var bl = await AssistInputs.BacklogAsync(env, b, ct);
                    if (bl is null)
                    {
                        return ExitCodes.Input;
                    }

                    items = bl.Items;
                }

                var themes = ThemeFinder.Find(loaded.Entries, new ThemeOptions { K = parse.GetValue(k), Seed = parse.GetValue(seed) }, items);
                IReadOnlyList<BacklogOption> options;
                try
                {
                    options = parse.GetValue(theme) is { } n
                        ? OptionDrafter.ForTheme(themes, loaded.Entries, n)
                        : OptionDrafter.ForGoal(themes, loaded.Entries, parse.GetValue(goal)!);
                }
                catch (ArgumentException e)
                {
                    env.Error.WriteLine($"popath: {e.Message.Split(" (Parameter", 2)[0]}.");
                    return ExitCodes.Usage;
                }

                var rephrased = settings is null ? null
                    : await RephraseStep.RunAsync(env, settings, RephraseEvidence.Options(options, loaded.Entries), ct);
                Write(env, parse.GetValue(output), loaded.Name, options, rephrased);
                return RephraseStep.ExitCode(rephrased);
            }, ct);
        });
        return command;
    }

    private static void Write(CliEnvironment env, StoreOutput output, string source, IReadOnlyList<BacklogOption> options, RephraseResult? rephrased)
    {
        switch (output)
        {
            case StoreOutput.Json:
                AssistWriter.Json(env, new
                {
                    source,
                    note = BacklogOptionJson.Note,
                    options = BacklogOptionJson.Of(options),
                }, rephrased);
                break;
            case StoreOutput.Table:
                var table = new Table { Border = TableBorder.Simple, Title = new TableTitle(Markup.Escape($"Draft options from {source} (nothing written)")) };
                table.AddColumn("Option");
                table.AddColumn("Approach");
                table.AddColumn("Evidence");
                foreach (var o in options)
                {
                    table.AddRow(AssistWriter.Cell(o.Title), AssistWriter.Cell(o.Approach),
                        AssistWriter.Cell($"{o.FeedbackIds.Count} entries{(o.ItemIds.Count > 0 ? "; items " + string.Join(", ", o.ItemIds) : string.Empty)}"));
                }

                AssistWriter.Table(env, table);
                if (rephrased is not null)
                {
                    RephraseStep.Table(env, rephrased);
                }

                break;
            default:
                var sb = new StringBuilder();
                sb.Append(CultureInfo.InvariantCulture, $"# Draft options: {AssistWriter.Md(source)}\n\nDrafts for the Product Owner to accept, edit or discard; nothing was written to the backlog.\n\n");
                var i = 1;
                foreach (var o in options)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"## Option {i++}: {AssistWriter.Md(o.Title)}\n\n{AssistWriter.Md(o.Approach)}\n\n");
                    foreach (var a in o.Answers)
                    {
                        sb.Append(CultureInfo.InvariantCulture, $"- {ElementLabels.Long(a.Element)}: {(a.Text is null ? "_(no evidence; for the Product Owner to answer)_" : AssistWriter.Md(a.Text))}\n");
                    }

                    sb.Append(CultureInfo.InvariantCulture, $"\nFeedback: {string.Join(", ", o.FeedbackIds.Select(AssistWriter.Md))}\n");
                    if (o.ItemIds.Count > 0)
                    {
                        sb.Append(CultureInfo.InvariantCulture, $"Items: {string.Join(", ", o.ItemIds.Select(AssistWriter.Md))}\n");
                    }

                    sb.Append('\n');
                }

                if (rephrased is not null)
                {
                    sb.Append(RephraseStep.Markdown(rephrased));
                }

                AssistWriter.Markdown(env, sb.ToString());
                break;
        }
    }
}
