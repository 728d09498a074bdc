using PoPath.Core.Catalogue;
using PoPath.Core.Model;

namespace PoPath.Core.Tests.Catalogue;

public sealed class CatalogueTests
{
    private static readonly string[] DesignIds =
        ["cspo", "a-cspo", "csp-po", "pspo-1", "pspo-2", "pspo-3", "pspo-a", "pspo-ai", "safe-popm", "safe-apm", "pal-ebm", "icp-apo", "pmi-acp", "pmi-cpmai"];

    [Fact]
    public void The_shipped_catalogue_loads_and_has_every_id_of_the_design()
    {
        var ids = Core.Catalogue.Catalogue.Default.Entries.Select(e => e.Id).ToList();

        ids.ShouldBeSubsetOf(ids.Distinct());
        foreach (var id in DesignIds)
        {
            ids.ShouldContain(id);
        }
    }

    [Fact]
    public void Every_stated_fact_of_the_shipped_catalogue_has_a_source_a_date_and_a_strength()
    {
        foreach (var e in Core.Catalogue.Catalogue.Default.Entries)
        {
            foreach (var (name, fact) in e.Facts.All)
            {
                if (fact.IsVerified)
                {
                    fact.Source.ShouldNotBeNull($"{e.Id}.{name}");
                    fact.AsOf.ShouldNotBeNull($"{e.Id}.{name}");
                    fact.Strength.ShouldNotBeNull($"{e.Id}.{name}");
                }
                else
                {
                    fact.Display.ShouldBe("check with the issuer");
                    fact.Note.ShouldNotBeNullOrWhiteSpace($"{e.Id}.{name} says why it is unverified");
                }
            }
        }
    }

    [Fact]
    public void The_prerequisites_of_a_cspo_and_csp_po_are_catalogue_ids_with_months_as_po()
    {
        var c = Core.Catalogue.Catalogue.Default;
        c.Get("a-cspo").Requires.ShouldBe(["cspo"]);
        c.Get("a-cspo").RequiresPoMonths.ShouldBe(12);
        c.RequiredBefore("csp-po").ShouldBe(new HashSet<string> { "a-cspo", "cspo" }, ignoreOrder: true);
        c.Get("a-cspo").Facts.Prerequisites.Strength.ShouldBe(SourceStrength.Official);
    }

    [Fact]
    public void Conflicting_pspo_ii_prerequisites_stay_empty_and_read_check_with_the_issuer()
    {
        var f = Core.Catalogue.Catalogue.Default.Get("pspo-2").Facts.Prerequisites;
        f.IsVerified.ShouldBeFalse();
        f.Display.ShouldBe(SourcedFact.CheckWithIssuer);
        f.Note!.ShouldContain("conflict");
    }

    [Fact]
    public void Cspo_pspo_and_popm_have_learning_objectives_mapped_to_the_elements()
    {
        var c = Core.Catalogue.Catalogue.Default;
        foreach (var id in new[] { "cspo", "pspo-1", "safe-popm" })
        {
            var objectives = c.Get(id).Objectives;
            objectives.ShouldNotBeEmpty(id);
            objectives.SelectMany(o => o.Addresses).ShouldNotBeEmpty(id);
            c.Get(id).ObjectivesSource.IsVerified.ShouldBeTrue(id);
        }

        c.Get("cspo").Objectives.Single(o => o.Id == "cspo.customers-and-users").Addresses.ShouldBe([Element.CustomerNeed]);
    }

    [Fact]
    public void Aliases_from_the_reference_resolve_to_catalogue_ids()
    {
        var c = Core.Catalogue.Catalogue.Default;
        c.Find("sa-cspo")!.Id.ShouldBe("cspo");
        c.Find("SO-PSPO-1")!.Id.ShouldBe("pspo-1");
        c.Find("nope").ShouldBeNull();
        c.Suggest("cpso").ShouldBe("cspo");
    }
}
