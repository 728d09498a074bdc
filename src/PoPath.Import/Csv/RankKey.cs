namespace PoPath.Import.Csv;

/// <summary>A row's rank cell as read: a number, a text compared ordinally, or nothing.</summary>
internal readonly record struct RankKey(double? Number, string? Text)
{
    public bool IsBlank => Number is null && Text is null;

    /// <summary>Orders ranked keys first (numbers ascending, then texts ordinally), blank keys last.</summary>
    public static int Compare(RankKey a, RankKey b)
    {
        if (a.IsBlank || b.IsBlank)
        {
            return a.IsBlank.CompareTo(b.IsBlank);
        }

        if (a.Number is { } x && b.Number is { } y)
        {
            return x.CompareTo(y);
        }

        if (a.Text is { } s && b.Text is { } t)
        {
            return string.CompareOrdinal(s, t);
        }

        return a.Number is null ? 1 : -1;
    }
}
