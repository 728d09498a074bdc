namespace PoPath.Core.Model;

/// <summary>A place in an input: a file and, where known, a line, a column or a JSON path.</summary>
public sealed record SourceLocation(string File, int? Line = null, int? Column = null, string? Path = null)
{
    public override string ToString()
    {
        var s = File;
        if (Line is { } l)
        {
            s += $":{l}";
            if (Column is { } c)
            {
                s += $":{c}";
            }
        }

        if (Path is not null)
        {
            s += $" ({Path})";
        }

        return s;
    }
}
