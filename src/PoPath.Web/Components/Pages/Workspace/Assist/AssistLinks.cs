using System.Globalization;

namespace PoPath.Web.Components.Pages.Workspace.Assist;

/// <summary>Links between the assistance pages, the feedback entries and the item pages; every part from untrusted text is URL-escaped.</summary>
internal static class AssistLinks
{
    public static string Entry(string path, int set, string entryId) =>
        string.Create(CultureInfo.InvariantCulture, $"{path}/feedback/{set}/entry?id={Uri.EscapeDataString(entryId)}");

    public static string Item(string path, int snapshot, int ordinal) =>
        string.Create(CultureInfo.InvariantCulture, $"{path}/items/{ordinal}?snapshot={snapshot}");

    public static string Acceptance(string path, int snapshot, int ordinal) =>
        string.Create(CultureInfo.InvariantCulture, $"{path}/acceptance?snapshot={snapshot}&item={ordinal}");
}
