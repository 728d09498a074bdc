namespace PoPath.Core.Text;

/// <summary>Levenshtein distance (insertions, deletions, substitutions, each costing 1), for "did you mean" and near-equal templates.</summary>
/// <remarks>Hand-written: a two-row dynamic programme is a dozen lines, and no library in use offers it.</remarks>
internal static class EditDistance
{
    public static int Levenshtein(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (prev, cur) = (cur, prev);
        }

        return prev[b.Length];
    }
}
