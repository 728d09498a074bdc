namespace PoPath.Core.Model;

/// <summary>The five questions of the practical test, plus the acceptance-criteria check.</summary>
public enum Element
{
    CustomerNeed,
    BusinessReason,
    TradeOff,
    ExpectedOutcome,
    OrderingRationale,
    AcceptanceCriteria,
}
