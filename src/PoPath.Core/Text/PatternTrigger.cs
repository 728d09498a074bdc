using System.Text.RegularExpressions;

namespace PoPath.Core.Text;

/// <summary>A pattern with the words (trie id), characters or digits that must occur in a field before it is searched.</summary>
internal sealed record PatternTrigger(int TriggerId, bool OnDigit, char[] OnChars, Regex Pattern);
