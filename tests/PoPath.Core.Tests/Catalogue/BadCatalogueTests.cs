using PoPath.Core.Catalogue;

namespace PoPath.Core.Tests.Catalogue;

/// <summary>Load-time validation: each bad catalogue is rejected with the line, the field and what was expected.</summary>
public sealed class BadCatalogueTests
{
    private const string Fact = "{ value: Yes, source: https://example.org/a, as_of: 2026-12-01, strength: official }";

    private static string Facts(string prerequisites = Fact, string exam = Fact) => $$"""
            facts:
              suits: {{Fact}}
              prerequisites: {{prerequisites}}
              course: {{Fact}}
              exam: {{exam}}
              renewal: {{Fact}}
              focus: {{Fact}}
              price: { value: null, note: set by trainers }
        """;

    private static string Entry(string id, string requires = "[]", string extra = "", string? facts = null) => $"""
          - id: {id}
            name: Course {id}
            issuer: Issuer
            level: foundational
            category: po-basics
            track: t
            requires: {requires}
        {extra}{facts ?? Facts()}

        """;

    private static CatalogueException Reject(string yaml) =>
        Should.Throw<CatalogueException>(() => Core.Catalogue.Catalogue.Parse(yaml, "bad.yaml"));

    [Fact]
    public void A_valid_minimal_catalogue_loads()
    {
        var c = Core.Catalogue.Catalogue.Parse("version: 1\nentries:\n" + Entry("one") + Entry("two", "[one]"), "ok.yaml");
        c.Entries.Count.ShouldBe(2);
        c.Get("two").Requires.ShouldBe(["one"]);
    }

    [Fact]
    public void A_prerequisite_pointing_nowhere_is_named_with_a_suggestion()
    {
        var e = Reject("version: 1\nentries:\n" + Entry("one") + Entry("two", "[onr]"));
        e.Errors.ShouldContain(m => m.Contains("bad.yaml line") && m.Contains("two.requires") && m.Contains("'onr' points nowhere") && m.Contains("did you mean 'one'"));
    }

    [Fact]
    public void A_prerequisite_cycle_is_rejected_with_the_cycle()
    {
        var e = Reject("version: 1\nentries:\n" + Entry("one", "[two]") + Entry("two", "[one]"));
        e.Errors.ShouldContain(m => m.Contains("cycle") && m.Contains("one -> two -> one"));
    }

    [Fact]
    public void A_missing_fact_is_named()
    {
        var facts = Facts().Replace("      exam: " + Fact + "\n", "", StringComparison.Ordinal);
        var e = Reject("version: 1\nentries:\n" + Entry("one", facts: facts));
        e.Errors.ShouldContain(m => m.Contains("entries[0] (one).facts.exam") && m.Contains("missing"));
    }

    [Fact]
    public void A_missing_name_is_named()
    {
        var e = Reject("version: 1\nentries:\n" + Entry("one").Replace("    name: Course one\n", "", StringComparison.Ordinal));
        e.Errors.ShouldContain(m => m.Contains("(one).name") && m.Contains("missing; expected text"));
    }

    [Fact]
    public void A_fact_with_a_value_but_no_source_is_rejected()
    {
        var e = Reject("version: 1\nentries:\n" + Entry("one", facts: Facts(exam: "{ value: 80 questions, as_of: 2026-12-01, strength: official }")));
        e.Errors.ShouldContain(m => m.Contains("facts.exam.source") && m.Contains("missing"));
    }

    [Fact]
    public void An_empty_fact_without_a_note_is_rejected()
    {
        var e = Reject("version: 1\nentries:\n" + Entry("one", facts: Facts(exam: "{ value: null }")));
        e.Errors.ShouldContain(m => m.Contains("facts.exam.note") && m.Contains("says why"));
    }

    [Fact]
    public void A_bad_strength_date_or_address_is_rejected()
    {
        var e = Reject("version: 1\nentries:\n" + Entry("one", facts: Facts(exam: "{ value: x, source: ftp://x, as_of: 1 Dec, strength: rumour }")));
        e.Errors.ShouldContain(m => m.Contains("facts.exam.source") && m.Contains("http(s) address"));
        e.Errors.ShouldContain(m => m.Contains("facts.exam.as_of") && m.Contains("yyyy-MM-dd"));
        e.Errors.ShouldContain(m => m.Contains("facts.exam.strength") && m.Contains("official, mirror or secondary"));
    }

    [Fact]
    public void An_enforced_prerequisite_without_a_sourced_prerequisites_fact_is_rejected()
    {
        var e = Reject("version: 1\nentries:\n" + Entry("one") + Entry("two", "[one]", facts: Facts(prerequisites: "{ value: null, note: unknown }")));
        e.Errors.ShouldContain(m => m.Contains("two).requires") && m.Contains("sourced facts.prerequisites"));
    }

    [Fact]
    public void Unknown_fields_categories_and_elements_are_rejected()
    {
        var extra = "    categroy: x\n    objectives:\n      - { id: one.a, text: A, addresses: [customer_needs] }\n";
        var e = Reject("version: 1\nentries:\n" + Entry("one", extra: extra).Replace("category: po-basics", "category: basics", StringComparison.Ordinal));
        e.Errors.ShouldContain(m => m.Contains("categroy") && m.Contains("did you mean 'category'"));
        e.Errors.ShouldContain(m => m.Contains("(one).category") && m.Contains("po-basics"));
        e.Errors.ShouldContain(m => m.Contains("'customer_needs' is not an element"));
    }

    [Fact]
    public void A_duplicate_id_is_rejected()
    {
        var e = Reject("version: 1\nentries:\n" + Entry("one") + Entry("one"));
        e.Errors.ShouldContain(m => m.Contains("'one' is already used"));
    }

    [Fact]
    public void Text_that_is_not_yaml_is_rejected_with_its_line()
    {
        var e = Reject("version: 1\nentries: [\n  - x: : :\n");
        e.Errors.ShouldContain(m => m.StartsWith("bad.yaml", StringComparison.Ordinal) && m.Contains("not valid YAML"));
    }
}
