namespace PoPath.Import.Jira;

/// <summary>The link kind a Jira CSV link column gives its keys, from the link type in the header.</summary>
internal static class JiraLinkKinds
{
    // Jira's default link types and their outward / inward descriptions.
    private static readonly Dictionary<string, (string Outward, string Inward)> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Blocks"] = ("blocks", "is blocked by"),
        ["Cloners"] = ("clones", "is cloned by"),
        ["Duplicate"] = ("duplicates", "is duplicated by"),
        ["Relates"] = ("relates to", "relates to"),
        ["Problem/Incident"] = ("causes", "is caused by"),
    };

    /// <summary>The kind for a link type: Jira's wording for its default types, else the type in lower case (inward ones marked).</summary>
    public static string For(string linkType, bool outward)
    {
        if (Known.TryGetValue(linkType, out var kinds))
        {
            return outward ? kinds.Outward : kinds.Inward;
        }

        var kind = linkType.Trim().ToLowerInvariant();
        return outward ? kind : $"{kind} (inward)";
    }
}
