namespace PoPath.Core.Insights;

/// <summary>What a TF-IDF feature is made of.</summary>
public enum TermKind
{
    /// <summary>Character n-grams inside whitespace-separated words padded with a space (scikit-learn's <c>char_wb</c>).</summary>
    CharWithinWords,

    /// <summary>Word n-grams of tokens of two or more letters or digits, stop words removed.</summary>
    Words,
}
