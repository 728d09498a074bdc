using PoPath.Core.Model;

namespace PoPath.Core.Readiness;

/// <summary>A story-form rule (well-formed, atomic, minimal, unique, uniform) over a whole backlog.</summary>
/// <remarks>Set-level rules (unique, uniform) need all items, so a rule sees the set and reports findings by item index.</remarks>
public interface IStoryRule
{
    /// <summary>The stable rule id, e.g. <c>atomic</c> or <c>well-formed</c>.</summary>
    string Id { get; }

    /// <summary>Reports findings for the items of <paramref name="items"/> to <paramref name="sink"/>, keyed by index.</summary>
    void Check(IReadOnlyList<ItemContext> items, Action<int, Finding> sink);
}
