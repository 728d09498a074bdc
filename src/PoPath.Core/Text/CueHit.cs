using PoPath.Core.Model;

namespace PoPath.Core.Text;

/// <summary>Where a cue matched: a field and a span in it.</summary>
public readonly record struct CueHit(FieldText Field, int Start, int End)
{
    public string Value => Field.Text[Start..End];

    /// <summary>The matched words as evidence.</summary>
    public Evidence ToEvidence() => Evidence.Span(Field.Name, Field.Text, Start, End);

    /// <summary>The whole sentence (or line) around the match as evidence, capped at 240 characters around the match.</summary>
    public Evidence SentenceEvidence()
    {
        var (s, e) = Field.SentenceAt(Start);
        if (e - s > 240)
        {
            s = Math.Max(s, Start - 100);
            e = Math.Min(e, Math.Max(End, s) + 140);
        }

        if (s > Start || e < End)
        {
            return ToEvidence();
        }

        return Evidence.Span(Field.Name, Field.Text, s, e);
    }

    /// <summary>True when both hits lie in the same sentence of the same field.</summary>
    public bool SameSentence(CueHit other) =>
        ReferenceEquals(Field, other.Field) && Field.SentenceAt(Start) == Field.SentenceAt(other.Start);
}
