namespace PoPath.Core.Signals;

/// <summary>Collects evidence up to a cap and counts what was left out, so that a value over a million events stays small.</summary>
public sealed class EvidenceList(int cap)
{
    private readonly List<SignalEvidence> _items = [];

    public IReadOnlyList<SignalEvidence> Items => _items;

    public int Total { get; private set; }

    public void Add(SignalEvidence evidence)
    {
        Total++;
        if (_items.Count < cap)
        {
            _items.Add(evidence);
        }
    }

    /// <summary>Counts one more piece of evidence, built only when it is kept.</summary>
    public void Add(Func<SignalEvidence> evidence)
    {
        Total++;
        if (_items.Count < cap)
        {
            _items.Add(evidence());
        }
    }
}
