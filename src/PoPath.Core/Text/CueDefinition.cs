using System.Text.RegularExpressions;

namespace PoPath.Core.Text;

/// <summary>One cue of a lexicon: its trie phrases (by id) and its searched patterns.</summary>
/// <param name="Search">The patterns (and punctuated phrases) searched with a regular expression, or null when all are trie phrases.</param>
/// <param name="WholeLazy">The whole cue as one regular expression, built on first use for checks on short spans.</param>
internal sealed record CueDefinition(string Name, int Id, bool HasTriePhrases, Regex? Search, Lazy<Regex> WholeLazy)
{
    public Regex Whole => WholeLazy.Value;
}
