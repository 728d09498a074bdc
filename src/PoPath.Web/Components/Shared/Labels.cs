using PoPath.Core.Model;

namespace PoPath.Web.Components.Shared;

/// <summary>Names of elements and statuses as the pages show them.</summary>
internal static class Labels
{
    public static string Short(Element e) => e switch
    {
        Element.CustomerNeed => "Need",
        Element.BusinessReason => "Reason",
        Element.TradeOff => "Trade-off",
        Element.ExpectedOutcome => "Outcome",
        Element.OrderingRationale => "Order",
        Element.AcceptanceCriteria => "AC",
        _ => e.Id(),
    };

    public static string Long(Element e) => e switch
    {
        Element.CustomerNeed => "Customer need",
        Element.BusinessReason => "Business reason",
        Element.TradeOff => "Trade-off",
        Element.ExpectedOutcome => "Expected outcome",
        Element.OrderingRationale => "Why before the items below",
        Element.AcceptanceCriteria => "Acceptance criteria",
        _ => e.Id(),
    };

    public static string Percent(double share) => share.ToString("0%", System.Globalization.CultureInfo.InvariantCulture);
}
