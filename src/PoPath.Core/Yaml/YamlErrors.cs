using YamlDotNet.RepresentationModel;

namespace PoPath.Core.Yaml;

/// <summary>Collects read errors, each naming the file, line, field path and what was expected.</summary>
internal sealed class YamlErrors(string source)
{
    private readonly List<string> _messages = [];

    public string Source { get; } = source;

    public IReadOnlyList<string> Messages => _messages;

    public bool Any => _messages.Count > 0;

    public void Add(YamlNode? node, string path, string message)
    {
        // Capped so that a file of thousands of bad rows still gives a short, readable report.
        if (_messages.Count < MaxMessages)
        {
            var line = node is null ? "" : $" line {node.Start.Line}";
            _messages.Add(path.Length == 0 ? $"{Source}{line}: {message}" : $"{Source}{line}: {path}: {message}");
        }
        else if (_messages.Count == MaxMessages)
        {
            _messages.Add($"{Source}: more errors not shown");
        }
    }

    public const int MaxMessages = 50;
}
