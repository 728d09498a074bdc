using System.CommandLine;
using PoPath.Cli.Storage;
using PoPath.Core.Catalogue;

namespace PoPath.Cli.Catalog;

/// <summary><c>popath catalog [id]</c> and <c>popath catalog compare ID ID…</c>: the sourced catalogue of certifications and courses.</summary>
internal static class CatalogCommand
{
    public const int MaxCompared = 6;

    public static Command Create(CliEnvironment env)
    {
        var id = new Argument<string?>("id") { Description = "A catalogue id (e.g. cspo, pspo-1, safe-popm) to show with every fact and its source; none lists the catalogue.", Arity = ArgumentArity.ZeroOrOne };
        var output = StoreOptions.Output();
        var command = new Command("catalog", "The certifications and courses PoPath knows, each fact with its source, date and strength; unverified facts read \"check with the issuer\".")
        {
            id, output,
        };
        command.SetAction(parse => Show(env, parse.GetValue(id), parse.GetValue(output)));

        var ids = new Argument<string[]>("ids") { Description = $"Two to {MaxCompared} catalogue ids to compare side by side.", Arity = new ArgumentArity(2, MaxCompared) };
        var compareOutput = StoreOptions.Output();
        var compare = new Command("compare", "Compare entries side by side: who it suits, prerequisites, course, exam, renewal, focus — each cell with its source or \"check with the issuer\".")
        {
            ids, compareOutput,
        };
        compare.SetAction(parse => Compare(env, parse.GetValue(ids)!, parse.GetValue(compareOutput)));
        command.Subcommands.Add(compare);
        return command;
    }

    private static int Show(CliEnvironment env, string? id, StoreOutput output)
    {
        var catalogue = Core.Catalogue.Catalogue.Default;
        if (id is null)
        {
            CatalogRenderer.List(catalogue, output, env);
            return ExitCodes.Ok;
        }

        if (Find(env, catalogue, id) is not { } entry)
        {
            return ExitCodes.Usage;
        }

        CatalogRenderer.Entry(catalogue, entry, output, env);
        return ExitCodes.Ok;
    }

    private static int Compare(CliEnvironment env, string[] ids, StoreOutput output)
    {
        var catalogue = Core.Catalogue.Catalogue.Default;
        var entries = new List<CatalogueEntry>();
        foreach (var id in ids)
        {
            if (Find(env, catalogue, id) is not { } entry)
            {
                return ExitCodes.Usage;
            }

            if (!entries.Contains(entry))
            {
                entries.Add(entry);
            }
        }

        CatalogRenderer.Compare(entries, output, env);
        return ExitCodes.Ok;
    }

    private static CatalogueEntry? Find(CliEnvironment env, Core.Catalogue.Catalogue catalogue, string id)
    {
        if (catalogue.Find(id) is { } entry)
        {
            return entry;
        }

        var near = catalogue.Suggest(id);
        env.Error.WriteLine($"popath: '{id}' is not a catalogue id{(near is null ? "" : $"; did you mean '{near}'?")} See 'popath catalog' for the list.");
        return null;
    }
}
