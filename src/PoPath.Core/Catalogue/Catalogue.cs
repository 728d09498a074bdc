using System.Collections.Frozen;

namespace PoPath.Core.Catalogue;

/// <summary>The certifications and courses PoPath knows, with sourced facts: product data read from <c>catalogue.yaml</c>.</summary>
/// <remarks>
/// Immutable and safe to share. Loading validates the whole file (unknown fields, missing facts, a value without its
/// source, prerequisites pointing nowhere, prerequisite cycles) and throws <see cref="CatalogueException"/> listing
/// every problem with its line.
/// </remarks>
public sealed class Catalogue
{
    private static readonly Lazy<Catalogue> DefaultLazy = new(() =>
    {
        using var stream = typeof(Catalogue).Assembly.GetManifestResourceStream("PoPath.Core.Catalogue.catalogue.yaml")
            ?? throw new CatalogueException("catalogue.yaml: the embedded catalogue is missing from the build");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "catalogue.yaml");
    });

    private readonly FrozenDictionary<string, CatalogueEntry> _byName;

    internal Catalogue(IReadOnlyList<CatalogueEntry> entries)
    {
        Entries = entries;
        var names = new Dictionary<string, CatalogueEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in entries)
        {
            names[e.Id] = e;
            foreach (var a in e.Aliases)
            {
                names[a] = e;
            }
        }

        _byName = names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The catalogue shipped with PoPath.</summary>
    public static Catalogue Default => DefaultLazy.Value;

    /// <summary>The entries in file order.</summary>
    public IReadOnlyList<CatalogueEntry> Entries { get; }

    /// <summary>Reads and validates a catalogue; <paramref name="source"/> names the file in errors.</summary>
    /// <exception cref="CatalogueException">The text is not a valid catalogue.</exception>
    public static Catalogue Parse(string yaml, string source) => CatalogueReader.Read(yaml, source);

    /// <summary>The entry with this id or alias (case-insensitive), or null.</summary>
    public CatalogueEntry? Find(string idOrAlias) => _byName.GetValueOrDefault(idOrAlias.Trim());

    /// <summary>The entry with this id or alias.</summary>
    /// <exception cref="KeyNotFoundException">No entry has that id or alias.</exception>
    public CatalogueEntry Get(string idOrAlias) => Find(idOrAlias) ?? throw new KeyNotFoundException($"'{idOrAlias}' is not a catalogue id");

    /// <summary>The nearest id for a misspelt one, for "did you mean" messages.</summary>
    public string? Suggest(string idOrAlias) => Yaml.YamlFields.Nearest(idOrAlias, _byName.Keys);

    /// <summary>Every id this entry requires, directly or through its prerequisites.</summary>
    public IReadOnlySet<string> RequiredBefore(string id)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        var todo = new Stack<string>(Get(id).Requires);
        while (todo.TryPop(out var r))
        {
            if (result.Add(r))
            {
                foreach (var next in Get(r).Requires)
                {
                    todo.Push(next);
                }
            }
        }

        return result;
    }

    /// <summary>The file name of a category (<c>po-basics</c>, <c>po-advanced</c>, …).</summary>
    public static string CategoryId(CatalogueCategory category) => category switch
    {
        CatalogueCategory.PoBasics => "po-basics",
        CatalogueCategory.PoAdvanced => "po-advanced",
        CatalogueCategory.Scaled => "scaled",
        CatalogueCategory.Ai => "ai",
        CatalogueCategory.Evidence => "evidence",
        CatalogueCategory.Discovery => "discovery",
        CatalogueCategory.Adjacent => "adjacent",
        _ => throw new ArgumentOutOfRangeException(nameof(category)),
    };
}
