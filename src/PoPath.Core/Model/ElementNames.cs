namespace PoPath.Core.Model;

/// <summary>The stable names of elements and statuses (DESIGN §2, §7).</summary>
public static class ElementNames
{
    public static IReadOnlyList<Element> All { get; } =
        [Element.CustomerNeed, Element.BusinessReason, Element.TradeOff, Element.ExpectedOutcome, Element.OrderingRationale, Element.AcceptanceCriteria];

    /// <summary>The five questions, without the acceptance-criteria check.</summary>
    public static IReadOnlyList<Element> Questions { get; } =
        [Element.CustomerNeed, Element.BusinessReason, Element.TradeOff, Element.ExpectedOutcome, Element.OrderingRationale];

    public static string Id(this Element element) => element switch
    {
        Element.CustomerNeed => "customer_need",
        Element.BusinessReason => "business_reason",
        Element.TradeOff => "trade_off",
        Element.ExpectedOutcome => "expected_outcome",
        Element.OrderingRationale => "ordering_rationale",
        Element.AcceptanceCriteria => "acceptance_criteria",
        _ => throw new ArgumentOutOfRangeException(nameof(element)),
    };

    /// <summary>The short label tables and chips show (<c>Need</c>, <c>Reason</c>, … <c>AC</c>).</summary>
    public static string ShortLabel(this Element element) => element switch
    {
        Element.CustomerNeed => "Need",
        Element.BusinessReason => "Reason",
        Element.TradeOff => "Trade-off",
        Element.ExpectedOutcome => "Outcome",
        Element.OrderingRationale => "Order",
        Element.AcceptanceCriteria => "AC",
        _ => element.Id(),
    };

    /// <summary>The label reports and pages show (<c>Customer need</c>, … <c>Why before the items below</c>).</summary>
    public static string Label(this Element element) => element switch
    {
        Element.CustomerNeed => "Customer need",
        Element.BusinessReason => "Business reason",
        Element.TradeOff => "Trade-off",
        Element.ExpectedOutcome => "Expected outcome",
        Element.OrderingRationale => "Why before the items below",
        Element.AcceptanceCriteria => "Acceptance criteria",
        _ => element.Id(),
    };

    public static string Id(this ElementStatus status) => status switch
    {
        ElementStatus.Present => "present",
        ElementStatus.Weak => "weak",
        ElementStatus.Missing => "missing",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static bool TryParse(string id, out Element element)
    {
        foreach (var e in All)
        {
            if (string.Equals(e.Id(), id, StringComparison.OrdinalIgnoreCase))
            {
                element = e;
                return true;
            }
        }

        element = default;
        return false;
    }

    public static bool TryParseStatus(string id, out ElementStatus status)
    {
        switch (id.ToLowerInvariant())
        {
            case "present": status = ElementStatus.Present; return true;
            case "weak": status = ElementStatus.Weak; return true;
            case "missing": status = ElementStatus.Missing; return true;
            default: status = default; return false;
        }
    }
}
