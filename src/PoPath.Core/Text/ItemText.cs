using System.Text.RegularExpressions;
using PoPath.Core.Model;

namespace PoPath.Core.Text;

/// <summary>An item's text fields prepared once for all detectors: capped, split into sentences, with the story parsed.</summary>
public sealed class ItemText
{
    public ItemText(BacklogItem item, Lexicon lexicon)
    {
        var fields = new List<FieldText>(3);
        foreach (var name in ItemFields.TextFields)
        {
            var text = item.TextOf(name);
            if (!string.IsNullOrWhiteSpace(text))
            {
                fields.Add(new FieldText(name, text));
            }
        }

        Fields = fields;
        Lexicon = lexicon;
        Story = StoryParts.Parse(this, lexicon);
    }

    public IReadOnlyList<FieldText> Fields { get; }

    public Lexicon Lexicon { get; }

    /// <summary>The user-story parts (role, means, ends) when the item is written as a story.</summary>
    public StoryParts Story { get; }

    public FieldText? Field(string name)
    {
        foreach (var f in Fields)
        {
            if (f.Name == name)
            {
                return f;
            }
        }

        return null;
    }

    /// <summary>Every match of a cue over all text fields, in field then position order.</summary>
    public List<CueHit> Find(string cue) => Find(Lexicon.Cue(cue));

    public List<CueHit> Find(Regex cue)
    {
        var hits = new List<CueHit>();
        foreach (var f in Fields)
        {
            foreach (var m in cue.EnumerateMatches(f.Text))
            {
                hits.Add(new CueHit(f, m.Index, m.Index + m.Length));
            }
        }

        return hits;
    }

    /// <summary>Matches of a cue inside one span of one field.</summary>
    public static List<CueHit> FindIn(Regex cue, FieldText field, int start, int end)
    {
        var hits = new List<CueHit>();
        foreach (var m in cue.EnumerateMatches(field.Text.AsSpan(start, end - start)))
        {
            hits.Add(new CueHit(field, start + m.Index, start + m.Index + m.Length));
        }

        return hits;
    }

    /// <summary>The first match of a cue, if any.</summary>
    public CueHit? First(string cue)
    {
        var r = Lexicon.Cue(cue);
        foreach (var f in Fields)
        {
            foreach (var m in r.EnumerateMatches(f.Text))
            {
                return new CueHit(f, m.Index, m.Index + m.Length);
            }
        }

        return null;
    }
}
