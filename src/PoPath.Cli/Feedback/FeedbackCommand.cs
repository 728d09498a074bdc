using System.CommandLine;
using System.Globalization;
using PoPath.Cli.Storage;
using PoPath.Core.Insights;
using PoPath.Core.Insights.Generative;
using PoPath.Import.Feedback;

namespace PoPath.Cli.Feedback;

/// <summary><c>popath feedback import|themes|summary</c>: customer feedback into a workspace, grouped into themes with quotes, and summarised with citations.</summary>
internal static class FeedbackCommand
{
    public static Command Create(CliEnvironment env) => new("feedback", "Customer feedback: import it into a workspace, group it into themes with verbatim quotes, and summarise it with every sentence cited.")
    {
        Import(env),
        Themes(env),
        Summary(env),
        OptionsCommand.Create(env, Common()),
    };

    private static Command Import(CliEnvironment env)
    {
        var file = new Argument<string>("file") { Description = "A CSV (header row) or JSON feedback export: id, text, source, date, customer, segment (see docs/formats/feedback.md)." };
        var workspace = StoreOptions.Workspace();
        var db = StoreOptions.Db();
        var output = StoreOptions.Output();
        var command = new Command("import", "Import feedback into a workspace as its next feedback set. Rows with errors are reported and left out; the set lands whole or not at all.")
        {
            file, workspace, db, output,
        };
        command.SetAction((parse, ct) => StoreRunner.RunAsync(env, parse.GetValue(db), async store =>
        {
            var path = parse.GetValue(file)!;
            var ws = parse.GetValue(workspace)!;
            if (!File.Exists(path))
            {
                env.Error.WriteLine($"popath: {path}: file not found.");
                return ExitCodes.Input;
            }

            var read = await FeedbackReader.ReadAsync(path, cancellationToken: ct);
            foreach (var d in read.Diagnostics)
            {
                env.Error.WriteLine(d.ToString());
            }

            if (read.Entries.Count == 0)
            {
                env.Error.WriteLine($"popath: {path}: no feedback entries could be read; nothing was written to workspace '{ws}'.");
                return ExitCodes.Input;
            }

            var info = await store.ImportFeedbackAsync(ws, read.Name, read.Entries, read.Diagnostics.Count, ct);
            var skipped = read.Diagnostics.Count(d => d.Severity == Core.Import.DiagnosticSeverity.Error);
            StoreRenderer.Write(env, parse.GetValue(output), $"Feedback imported into {ws}",
                ["Workspace", "Set", "Entries", "Rows skipped", "Warnings"],
                [[ws, info.Number.ToString(CultureInfo.InvariantCulture), info.EntryCount.ToString(CultureInfo.InvariantCulture),
                  skipped.ToString(CultureInfo.InvariantCulture), (read.Diagnostics.Count - skipped).ToString(CultureInfo.InvariantCulture)]],
                new { workspace = ws, database = store.Location, set = info.Number, source = info.Source, entries = info.EntryCount, rows_skipped = skipped, diagnostics = read.Diagnostics.Select(d => d.ToString()) });
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    internal static (Argument<string?> File, Option<string?> Workspace, Option<int?> Set, Option<string?> Db, Option<StoreOutput> Output, Option<int?> K, Option<int> Seed) Common()
    {
        var file = new Argument<string?>("file") { Description = "A feedback file (CSV or JSON); or use --workspace.", Arity = ArgumentArity.ZeroOrOne };
        var workspace = new Option<string?>("--workspace", "-w") { Description = "Read the workspace's feedback set instead of a file." };
        var set = new Option<int?>("--set") { Description = "The feedback set number (default: the latest).", HelpName = "N" };
        var k = new Option<int?>("--k") { Description = "Number of themes (default: chosen automatically by silhouette).", HelpName = "N" };
        k.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is < 1 or > 1000)
            {
                r.AddError("--k expects a number of themes from 1 to 1000.");
            }
        });
        var seed = new Option<int>("--seed") { Description = "Seed of every random choice: the same seed gives the same themes.", DefaultValueFactory = _ => 42, HelpName = "S" };
        return (file, workspace, set, StoreOptions.Db(), StoreOptions.Output(), k, seed);
    }

    private static Command Themes(CliEnvironment env)
    {
        var (file, workspace, set, db, output, k, seed) = Common();
        var backlog = new Option<string?>("--backlog") { Description = "A backlog file: link each theme to the items that address it and list the themes none does.", HelpName = "FILE" };
        var command = new Command("themes", "Group feedback into themes (TF-IDF character and word n-grams, LSA, k-means; no model weights), each with distinctive terms, three verbatim quotes and the backlog items that address it.")
        {
            file, workspace, set, k, seed, backlog, db, output,
        };
        command.SetAction((parse, ct) => AssistInputs.WithFeedbackAsync(env, parse.GetValue(file), parse.GetValue(workspace), parse.GetValue(db), parse.GetValue(set), async (loaded, _) =>
        {
            IReadOnlyList<Core.Model.BacklogItem>? items = null;
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
            ThemeRenderer.Write(env, parse.GetValue(output), loaded.Name, loaded.Entries.Count, themes, items is not null);
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    private static Command Summary(CliEnvironment env)
    {
        var (file, workspace, set, db, output, k, seed) = Common();
        var sentences = new Option<int>("--sentences") { Description = "Sentences in the summary (1–50).", DefaultValueFactory = _ => 6, HelpName = "N" };
        sentences.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 50)
            {
                r.AddError("--sentences expects a number from 1 to 50.");
            }
        });
        var command = new Command("summary", "An extractive research summary: verbatim sentences, each with its entry id, themes covered in proportion to their size, no repetition.")
        {
            file, workspace, set, sentences, k, seed, db, output,
        };
        var rephrase = RephraseOptions.Create();
        rephrase.AddTo(command);
        command.SetAction((parse, ct) =>
        {
            var settings = rephrase.Resolve(env, parse, out var failed);
            if (failed)
            {
                return Task.FromResult(ExitCodes.Usage);
            }

            return AssistInputs.WithFeedbackAsync(env, parse.GetValue(file), parse.GetValue(workspace), parse.GetValue(db), parse.GetValue(set), async (loaded, _) =>
            {
                var options = new SummaryOptions { Sentences = parse.GetValue(sentences), Themes = new ThemeOptions { K = parse.GetValue(k), Seed = parse.GetValue(seed) } };
                var summary = Summarizer.Summarize(loaded.Entries, options);
                var rephrased = settings is null ? null : await RephraseStep.RunAsync(env, settings, RephraseEvidence.Summary(summary), ct);
                SummaryRenderer.Write(env, parse.GetValue(output), loaded.Name, summary, rephrased);
                return RephraseStep.ExitCode(rephrased);
            }, ct);
        });
        return command;
    }
}
