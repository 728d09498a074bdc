using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using PoPath.Cli.Rendering;
using PoPath.Cli.Storage;
using PoPath.Core.Catalogue;
using PoPath.Core.Model;
using Spectre.Console;

namespace PoPath.Cli.Catalog;

/// <summary>Renders the catalogue: the list, one entry with every sourced fact, and the side-by-side comparison.</summary>
internal static class CatalogRenderer
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The fact rows of the comparison, with their labels.</summary>
    private static readonly (string Fact, string Label)[] Rows =
        [("suits", "Who it suits"), ("prerequisites", "Prerequisites"), ("course", "Course"), ("exam", "Exam"), ("renewal", "Renewal"), ("focus", "Focus"), ("price", "Price")];

    public static void List(Core.Catalogue.Catalogue catalogue, StoreOutput output, CliEnvironment env)
    {
        switch (output)
        {
            case StoreOutput.Json:
                Write(env, new JsonObject { ["entries"] = new JsonArray([.. catalogue.Entries.Select(e => (JsonNode)EntryJson(e))]) });
                return;
            case StoreOutput.Markdown:
                env.Out.Write("# Catalogue\n\n| id | name | issuer | level | kind | prerequisites |\n|---|---|---|---|---|---|\n");
                foreach (var e in catalogue.Entries)
                {
                    env.Out.Write($"| `{e.Id}` | {M(e.Name)} | {M(e.Issuer)} | {M(e.Level)} | {Core.Catalogue.Catalogue.CategoryId(e.Category)} | {M(e.Facts.Prerequisites.Display)} |\n");
                }

                return;
        }

        var console = Console(env);
        var table = new Table().Border(TableBorder.Rounded).Expand();
        foreach (var c in new[] { "Id", "Name", "Issuer", "Level", "Kind" })
        {
            table.AddColumn(c);
        }

        foreach (var e in catalogue.Entries)
        {
            table.AddRow(new Text(e.Id), new Text(e.Name), new Text(e.Issuer), new Text(e.Level), new Text(Core.Catalogue.Catalogue.CategoryId(e.Category)));
        }

        console.Write(table);
        console.Write(new Text("popath catalog ID shows every fact with its source; popath catalog compare ID ID … side by side.\n"));
    }

    public static void Entry(Core.Catalogue.Catalogue catalogue, CatalogueEntry e, StoreOutput output, CliEnvironment env)
    {
        _ = catalogue;
        switch (output)
        {
            case StoreOutput.Json:
                Write(env, EntryJson(e));
                return;
            case StoreOutput.Markdown:
                env.Out.Write($"# {M(e.Name)} (`{e.Id}`)\n\n{M(e.Issuer)} · {M(e.Level)} · {Core.Catalogue.Catalogue.CategoryId(e.Category)}\n\n| fact | value | source |\n|---|---|---|\n");
                foreach (var (fact, label) in Rows)
                {
                    var f = e.Facts[fact];
                    env.Out.Write($"| {label} | {M(f.Display)}{(f.Note is null ? "" : $" ({M(f.Note)})")} | {M(SourceText(f))} |\n");
                }

                if (e.Objectives.Count > 0)
                {
                    env.Out.Write($"\nLearning objectives ({M(e.ObjectivesSource.Display)}; {M(SourceText(e.ObjectivesSource))}), with the practical-test elements each helps answer (PoPath's mapping):\n\n");
                    foreach (var o in e.Objectives)
                    {
                        env.Out.Write($"- {M(o.Text)} — {string.Join(", ", o.Addresses.Select(a => $"`{a.Id()}`"))}\n");
                    }
                }

                return;
        }

        var console = Console(env);
        console.Write(new Rule($"{Markup.Escape(e.Name)} ({e.Id})").LeftJustified());
        console.Write(new Text($"{e.Issuer} · {e.Level} · {Core.Catalogue.Catalogue.CategoryId(e.Category)}{(e.Requires.Count > 0 ? " · requires " + string.Join(", ", e.Requires) : "")}{(e.RequiresPoMonths > 0 ? $" · {e.RequiresPoMonths} months as PO" : "")}\n"));
        var table = new Table().Border(TableBorder.Rounded).Expand();
        table.AddColumn("Fact");
        table.AddColumn("Value");
        table.AddColumn("Source");
        foreach (var (fact, label) in Rows)
        {
            var f = e.Facts[fact];
            table.AddRow(new Text(label), new Text(f.Display + (f.Note is null ? "" : $"\n({f.Note})")), new Text(SourceText(f)));
        }

        console.Write(table);
        if (e.Objectives.Count > 0)
        {
            console.Write(new Text($"Learning objectives ({SourceText(e.ObjectivesSource)}):\n" + string.Join('\n', e.Objectives.Select(o => $"  • {o.Text} — {string.Join(", ", o.Addresses.Select(a => a.Id()))}")) + "\n"));
        }
    }

    public static void Compare(IReadOnlyList<CatalogueEntry> entries, StoreOutput output, CliEnvironment env)
    {
        switch (output)
        {
            case StoreOutput.Json:
                Write(env, new JsonObject
                {
                    ["ids"] = new JsonArray([.. entries.Select(e => (JsonNode)e.Id)]),
                    ["rows"] = new JsonArray([.. Rows.Select(r => (JsonNode)new JsonObject
                    {
                        ["fact"] = r.Fact,
                        ["label"] = r.Label,
                        ["cells"] = new JsonArray([.. entries.Select(e => (JsonNode)FactJson(e.Facts[r.Fact]))]),
                    })]),
                });
                return;
            case StoreOutput.Markdown:
                env.Out.Write($"# {string.Join(" vs ", entries.Select(e => M(e.Name)))}\n\n| | {string.Join(" | ", entries.Select(e => $"`{e.Id}`"))} |\n|---|{string.Concat(entries.Select(_ => "---|"))}\n");
                foreach (var (fact, label) in Rows)
                {
                    env.Out.Write($"| {label} | {string.Join(" | ", entries.Select(e => Cell(e.Facts[fact], markdown: true)))} |\n");
                }

                return;
        }

        var console = Console(env);
        var table = new Table().Border(TableBorder.Rounded).Expand();
        table.AddColumn("");
        foreach (var e in entries)
        {
            table.AddColumn(new TableColumn(new Text($"{e.Id}\n{e.Name}")));
        }

        foreach (var (fact, label) in Rows)
        {
            table.AddRow([new Text(label), .. entries.Select(e => new Text(Cell(e.Facts[fact], markdown: false)))]);
        }

        console.Write(table);
    }

    private static string Cell(SourcedFact f, bool markdown)
    {
        var text = f.IsVerified ? $"{f.Value} [{SourceText(f)}]" : $"{SourcedFact.CheckWithIssuer}{(f.Note is null ? "" : $" ({f.Note})")}";
        return markdown ? M(text) : text;
    }

    private static string SourceText(SourcedFact f) => f.IsVerified
        ? $"{Strength(f.Strength)}, as of {f.AsOf!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: {f.Source!.AbsoluteUri}"
        : SourcedFact.CheckWithIssuer;

    private static string Strength(SourceStrength? s) => s switch
    {
        SourceStrength.Official => "issuer's own page",
        SourceStrength.Mirror => "copy of an official document",
        SourceStrength.Secondary => "third party",
        _ => "unknown",
    };

    private static JsonObject EntryJson(CatalogueEntry e)
    {
        var facts = new JsonObject();
        foreach (var (name, fact) in e.Facts.All)
        {
            facts[name] = FactJson(fact);
        }

        return new JsonObject
        {
            ["id"] = e.Id,
            ["aliases"] = new JsonArray([.. e.Aliases.Select(a => (JsonNode)a)]),
            ["name"] = e.Name,
            ["issuer"] = e.Issuer,
            ["level"] = e.Level,
            ["category"] = Core.Catalogue.Catalogue.CategoryId(e.Category),
            ["context"] = e.Context,
            ["requires"] = new JsonArray([.. e.Requires.Select(r => (JsonNode)r)]),
            ["requires_po_months"] = e.RequiresPoMonths,
            ["facts"] = facts,
            ["objectives"] = new JsonArray([.. e.Objectives.Select(o => (JsonNode)new JsonObject
            {
                ["id"] = o.Id,
                ["text"] = o.Text,
                ["addresses"] = new JsonArray([.. o.Addresses.Select(a => (JsonNode)a.Id())]),
            })]),
            ["objectives_source"] = FactJson(e.ObjectivesSource),
        };
    }

    private static JsonObject FactJson(SourcedFact f) => new()
    {
        ["value"] = f.Value,
        ["display"] = f.Display,
        ["source"] = f.Source?.AbsoluteUri,
        ["as_of"] = f.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["strength"] = f.Strength?.ToString().ToLowerInvariant(),
        ["note"] = f.Note,
    };

    private static void Write(CliEnvironment env, JsonNode node)
    {
        env.Out.Write(node.ToJsonString(Json));
        env.Out.Write('\n');
    }

    private static string M(string s) => MarkdownText.Escape(s);

    private static IAnsiConsole Console(CliEnvironment env)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = env.StdoutIsTerminal ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = env.StdoutIsTerminal ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(env.Out),
        });
        console.Profile.Width = env.Width;
        return console;
    }
}
