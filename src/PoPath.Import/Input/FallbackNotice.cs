using PoPath.Core.Import;
using PoPath.Core.Model;

namespace PoPath.Import.Input;

/// <summary>Hands out the one warning that a reader fell back to Windows-1252, once it has.</summary>
internal sealed class FallbackNotice(DecodingTextReader reader, string sourceName)
{
    private bool _given;

    /// <summary>The warning the first time the decoder has fallen back, otherwise null.</summary>
    public ImportDiagnostic? Take()
    {
        if (_given || reader.FallbackLine is not { } line)
        {
            return null;
        }

        _given = true;
        return ImportDiagnostic.Warning(
            new SourceLocation(sourceName, (int)line),
            $"the input is not valid UTF-8 (first invalid byte on line {line}); read as Windows-1252 from there on");
    }
}
