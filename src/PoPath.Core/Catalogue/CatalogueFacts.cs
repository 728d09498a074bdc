namespace PoPath.Core.Catalogue;

/// <summary>The facts a person choosing between entries compares, each with its source.</summary>
public sealed record CatalogueFacts(
    SourcedFact Suits,
    SourcedFact Prerequisites,
    SourcedFact Course,
    SourcedFact Exam,
    SourcedFact Renewal,
    SourcedFact Focus,
    SourcedFact Price)
{
    /// <summary>The fact names in the order of the comparison, as in the catalogue file.</summary>
    public static IReadOnlyList<string> Names { get; } = ["suits", "prerequisites", "course", "exam", "renewal", "focus", "price"];

    public SourcedFact this[string name] => name switch
    {
        "suits" => Suits,
        "prerequisites" => Prerequisites,
        "course" => Course,
        "exam" => Exam,
        "renewal" => Renewal,
        "focus" => Focus,
        "price" => Price,
        _ => throw new KeyNotFoundException(name),
    };

    public IEnumerable<(string Name, SourcedFact Fact)> All => Names.Select(n => (n, this[n]));
}
