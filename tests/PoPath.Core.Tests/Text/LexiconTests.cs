using System.Text;
using PoPath.Core.Text;

namespace PoPath.Core.Tests.Text;

public sealed class LexiconTests
{
    [Fact]
    public void A_cue_with_a_bad_regex_is_a_FormatException_that_names_the_cue_and_the_file()
    {
        var e = Should.Throw<FormatException>(() => Load("""{"cues": {"order.deadline": {"patterns": ["(?<when>unclosed"]}}}""", "xx.json"));

        e.Message.ShouldContain("xx.json");
        e.Message.ShouldContain("order.deadline");
        e.Message.ShouldContain("invalid pattern");
    }

    [Fact]
    public void A_cue_with_a_bad_regex_after_good_phrases_is_still_refused()
    {
        var e = Should.Throw<FormatException>(() => Load("""{"cues": {"ac.vague": {"phrases": ["fast"], "patterns": ["[unclosed"]}}}"""));

        e.Message.ShouldContain("ac.vague");
    }

    [Theory]
    [InlineData("""{"cues": {"tradeoff.weak": {}}}""")]
    [InlineData("""{"cues": {"tradeoff.weak": {"phrases": []}}}""")]
    [InlineData("""{"cues": {"tradeoff.weak": {"phrases": ["", ""]}}}""")]
    public void A_cue_with_no_phrases_or_patterns_is_a_FormatException_that_names_the_cue(string json)
    {
        var e = Should.Throw<FormatException>(() => Load(json));

        e.Message.ShouldContain("tradeoff.weak");
        e.Message.ShouldContain("neither phrases nor patterns");
    }

    [Fact]
    public void Text_that_is_not_JSON_is_a_FormatException()
    {
        Should.Throw<FormatException>(() => Load("{ cues: ", "broken.json")).Message.ShouldContain("broken.json");
    }

    [Fact]
    public void A_file_without_a_cues_object_is_a_FormatException()
    {
        Should.Throw<FormatException>(() => Load("""{"language": "xx"}""")).Message.ShouldContain("cues");
    }

    [Fact]
    public void Phrases_match_whole_words_case_insensitively_with_wildcards()
    {
        var lex = Load("""{"language": "xx", "cues": {"t": {"phrases": ["postpone*", "cut scope"]}}}""");
        var cue = lex.Cue("t");

        lex.Language.ShouldBe("xx");
        cue.IsMatch("We POSTPONED the import").ShouldBeTrue();
        cue.IsMatch("we cut   scope").ShouldBeTrue();
        cue.IsMatch("shortcut scope").ShouldBeFalse();
    }

    [Fact]
    public void Asking_for_an_unknown_cue_names_it()
    {
        var lex = Load("""{"cues": {"t": {"phrases": ["x"]}}}""");

        Should.Throw<KeyNotFoundException>(() => lex.Cue("nope")).Message.ShouldContain("nope");
    }

    [Fact]
    public void The_shipped_English_lexicon_loads_and_has_a_question_for_every_element_and_open_status()
    {
        var lex = Lexicon.English;

        lex.Language.ShouldBe("en");
        foreach (var e in Model.ElementNames.All)
        {
            foreach (var s in new[] { "weak", "missing" })
            {
                var key = $"{Model.ElementNames.Id(e)}.{s}";
                lex.Question(key).ShouldNotBe(key, $"no question for {key}");
            }
        }
    }

    private static Lexicon Load(string json, string name = "test.json")
    {
        using var s = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return Lexicon.Load(s, name);
    }
}
