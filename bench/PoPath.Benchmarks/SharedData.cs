namespace PoPath.Benchmarks;

/// <summary>Finds ../shared/data beside the repository, and builds inputs from it.</summary>
internal static class SharedData
{
    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PoPath.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }

    public static string? StoryPointFolder()
    {
        var folder = Path.Combine(RepoRoot(), "..", "shared", "data", "backlogs", "seanalytics-storypoint-tse2018");
        return Directory.Exists(folder) ? Path.GetFullPath(folder) : null;
    }

    /// <summary>The 16 story-point CSVs concatenated into one file (one header), written to a temp folder.</summary>
    public static string ConcatenateStoryPoints(string folder)
    {
        var target = Path.Combine(Path.GetTempPath(), "popath-bench-storypoint-all.csv");
        using var output = new StreamWriter(target, false, new System.Text.UTF8Encoding(false));
        var first = true;
        foreach (var file in Directory.GetFiles(folder, "*.csv").Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(file);
            var header = reader.ReadLine();
            if (first)
            {
                output.Write(header);
                output.Write('\n');
                first = false;
            }

            // Copy the rest as it is: quoted fields may span lines.
            var rest = reader.ReadToEnd();
            output.Write(rest);
            if (rest.Length > 0 && rest[^1] != '\n')
            {
                output.Write('\n');
            }
        }

        return target;
    }

    /// <summary>A small synthetic backlog, for smoke runs without the shared data.</summary>
    public static string Synthetic(int items)
    {
        var target = Path.Combine(Path.GetTempPath(), $"popath-bench-synthetic-{items}.csv");
        using var output = new StreamWriter(target, false, new System.Text.UTF8Encoding(false));
        output.Write("issuekey,title,description,storypoint\n");
        for (var i = 1; i <= items; i++)
        {
            output.Write($"SYN-{i},\"As a warehouse picker I want slip {i} sorted by shelf so that I walk the aisles once\",\"Pickers walk back and forth; the help desk re-keys orders by hand. We expect picking time to drop from 12 to 8 minutes by Q3.\",{i % 8}\n");
        }

        return target;
    }
}
