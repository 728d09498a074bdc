using System.Text.RegularExpressions;

namespace PoPath.Core.Text;

/// <summary>One cue of a lexicon: its trie phrases (by id), its always-searched patterns and its gated patterns.</summary>
/// <param name="Search">The patterns (and punctuated phrases) searched in every field, or null.</param>
/// <param name="Gated">Patterns searched only in fields where one of their trigger words occurs.</param>
/// <param name="WholeLazy">The whole cue as one regular expression, built on first use for checks on short spans.</param>
internal sealed record CueDefinition(string Name, int Id, bool HasTriePhrases, Regex? Search, IReadOnlyList<PatternTrigger> Gated, Lazy<Regex> WholeLazy)
{
    public Regex Whole => WholeLazy.Value;
}
