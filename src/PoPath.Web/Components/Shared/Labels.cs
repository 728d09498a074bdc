using PoPath.Core.Model;

namespace PoPath.Web.Components.Shared;

/// <summary>Names of elements and statuses as the pages show them.</summary>
internal static class Labels
{
    public static string Short(Element e) => e.ShortLabel();

    public static string Long(Element e) => e.Label();

    public static string Percent(double share) => share.ToString("0%", System.Globalization.CultureInfo.InvariantCulture);
}
