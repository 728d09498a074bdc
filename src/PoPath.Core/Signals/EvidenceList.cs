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

    /// <summary>Counts one more piece of evidence and says whether it is kept: build it and <see cref="Keep"/> it only then (no allocation for evidence past the cap).</summary>
    public bool Take()
    {
        Total++;
        return _items.Count < cap;
    }

    /// <summary>Keeps evidence counted by a <see cref="Take"/> that returned true.</summary>
    public void Keep(SignalEvidence evidence) => _items.Add(evidence);
}
