using PoPath.Core.Model;
using PoPath.Core.Text;

namespace PoPath.Core.Readiness.Detectors;

/// <summary>Small helpers shared by the detectors to turn cue hits into verdicts.</summary>
internal static class Verdicts
{
    public static ElementVerdict Present(Element e, string reason, params IEnumerable<Evidence> evidence) =>
        new(e, ElementStatus.Present, Distinct(evidence), reason);

    public static ElementVerdict Weak(Element e, string reason, params IEnumerable<Evidence> evidence) =>
        new(e, ElementStatus.Weak, Distinct(evidence), reason);

    /// <summary>At most three evidence entries, without repeats, in reading order.</summary>
    private static List<Evidence> Distinct(IEnumerable<Evidence> evidence) =>
        evidence.DistinctBy(x => (x.Field, x.Start, x.End, x.Text)).Take(3).ToList();

    /// <summary>Hits of <paramref name="cue"/> that lie in the same sentence as some hit of <paramref name="anchor"/>.</summary>
    public static IEnumerable<CueHit> Near(List<CueHit> anchor, List<CueHit> cue) =>
        anchor.Where(a => cue.Any(c => c.SameSentence(a)));

    /// <summary>True when the hit lies inside the span of <paramref name="part"/>.</summary>
    public static bool Inside(CueHit hit, CueHit? part) =>
        part is { } p && ReferenceEquals(p.Field, hit.Field) && hit.Start >= p.Start && hit.End <= p.End;

    /// <summary>True when the hit overlaps the span of <paramref name="part"/>.</summary>
    public static bool Overlaps(CueHit hit, CueHit? part) =>
        part is { } p && ReferenceEquals(p.Field, hit.Field) && hit.Start < p.End && p.Start < hit.End;
}
