namespace PoPath.Cli.Rendering;

/// <summary>Writes a <see cref="CheckReport"/> in one output format.</summary>
internal interface ICheckRenderer
{
    void Render(CheckReport report, TextWriter output);
}
