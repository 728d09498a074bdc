using PoPath.Core.Advisor;

namespace PoPath.Core.Tests.Advisor;

public sealed class ProfileTests
{
    private const string Yaml = """
        role: business analyst
        years_as_po: 0.5
        scrum_knowledge: basics
        learning_preference: guided
        teams: 1
        safe: false
        safe_work: []
        certifications: [sa-cspo]
        ai_needs: [feedback-clustering]
        access: { users: true, data: false, commercial: true }
        priorities_overridden: false
        """;

    private static Profile Parse(string text) => ProfileReader.Parse(text, "me.yaml", Core.Catalogue.Catalogue.Default);

    private static ProfileException Reject(string text) => Should.Throw<ProfileException>(() => Parse(text));

    [Fact]
    public void A_yaml_profile_reads_every_field_and_resolves_certification_aliases()
    {
        var p = Parse(Yaml);
        p.Role.ShouldBe("business analyst");
        p.YearsAsPo.ShouldBe(0.5);
        p.ScrumKnowledge.ShouldBe(ScrumKnowledge.Basics);
        p.LearningPreference.ShouldBe(LearningPreference.Guided);
        p.Teams.ShouldBe(1);
        p.Safe.ShouldBeFalse();
        p.Certifications.ShouldBe(["cspo"]);
        p.AiNeeds.ShouldBe(["feedback-clustering"]);
        p.Access.ShouldBe(new ProfileAccess(true, false, true));
        p.PrioritiesOverridden.ShouldBe(false);
    }

    [Fact]
    public void A_json_profile_reads_the_same_as_yaml()
    {
        var json = """
            {"role": "business analyst", "years_as_po": 0.5, "scrum_knowledge": "basics", "learning_preference": "guided", "teams": 1,
             "safe": false, "safe_work": [], "certifications": ["sa-cspo"], "ai_needs": ["feedback-clustering"],
             "access": {"users": true, "data": false, "commercial": true}, "priorities_overridden": false}
            """;
        Parse(json).ShouldBeEquivalentTo(Parse(Yaml));
    }

    [Fact]
    public void Written_profiles_read_back_unchanged_in_both_forms()
    {
        var p = Parse(Yaml) with { Role = "PO: \"quoted\" # not a comment" };
        Parse(ProfileWriter.ToYaml(p)).ShouldBeEquivalentTo(p);
        Parse(ProfileWriter.ToJson(p)).ShouldBeEquivalentTo(p);
    }

    [Fact]
    public void An_unknown_certification_is_named_with_its_line_and_a_suggestion()
    {
        var e = Reject(Yaml.Replace("[sa-cspo]", "[cspo, pspo-9]", StringComparison.Ordinal));
        e.Errors.ShouldContain(m => m.StartsWith("me.yaml line 8: certifications[1]: 'pspo-9' is not a catalogue id", StringComparison.Ordinal) && m.Contains("did you mean"));
    }

    [Fact]
    public void A_wrong_choice_says_what_was_expected()
    {
        var e = Reject(Yaml.Replace("scrum_knowledge: basics", "scrum_knowledge: expert", StringComparison.Ordinal));
        e.Errors.ShouldContain("me.yaml line 3: scrum_knowledge: expected one of none, basics, solid, got 'expert'");
    }

    [Fact]
    public void Missing_required_fields_are_each_named()
    {
        var e = Reject("role: po\n");
        e.Errors.ShouldContain(m => m.Contains("years_as_po: missing"));
        e.Errors.ShouldContain(m => m.Contains("scrum_knowledge: missing"));
        e.Errors.ShouldContain(m => m.Contains("learning_preference: missing"));
        e.Errors.ShouldContain(m => m.Contains("safe: missing; expected true or false"));
        e.Errors.ShouldContain(m => m.Contains("certifications: missing; expected a list"));
    }

    [Fact]
    public void Wrong_types_and_unknown_fields_are_rejected()
    {
        var bad = Yaml.Replace("safe: false", "safe: maybe", StringComparison.Ordinal)
            .Replace("years_as_po: 0.5", "years_as_po: -2", StringComparison.Ordinal)
            .Replace("teams: 1", "teams: 1\nteam_size: 7", StringComparison.Ordinal)
            .Replace("data: false", "data: no", StringComparison.Ordinal);
        var e = Reject(bad);
        e.Errors.ShouldContain(m => m.Contains("safe: expected true or false, got 'maybe'"));
        e.Errors.ShouldContain(m => m.Contains("years_as_po: expected a number from 0 to 60, got -2"));
        e.Errors.ShouldContain(m => m.Contains("team_size: unknown field"));
        e.Errors.ShouldContain(m => m.Contains("access.data: expected true or false, got 'no'"));
    }

    [Fact]
    public void A_profile_that_is_not_a_mapping_or_too_large_is_rejected()
    {
        Reject("- a\n- b\n").Errors.ShouldContain(m => m.Contains("expected a mapping of fields, got a list"));
        Reject(new string('#', ProfileReader.MaxLength + 1)).Errors.ShouldContain(m => m.Contains("a profile is at most"));
        Reject("").Errors.ShouldContain(m => m.Contains("empty"));
    }

    [Fact]
    public void Optional_answers_left_out_are_unknown_not_false()
    {
        var p = Parse("role: po\nyears_as_po: 2\nscrum_knowledge: solid\nlearning_preference: either\nsafe: false\ncertifications: []\n");
        p.Access.ShouldBe(new ProfileAccess(null, null, null));
        p.PrioritiesOverridden.ShouldBeNull();
        p.Teams.ShouldBeNull();
        p.AiNeeds.ShouldBeEmpty();
    }
}
