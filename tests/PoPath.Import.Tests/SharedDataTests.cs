using System.Diagnostics;
using PoPath.Core.Import;
using PoPath.Import.Csv;
using PoPath.Import.Tests.Support;
using Xunit.Abstractions;

namespace PoPath.Import.Tests;

/// <summary>Reads the public data sets in ../shared/data (not part of the repository) when they are there.</summary>
[Collection(RunsAlone.Name)]
public sealed class SharedDataTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Reads_all_22_dalpiaz_story_files_with_zero_errors()
    {
        var folder = SharedData.Folder("user-stories/dalpiaz-22");
        if (folder is null)
        {
            output.WriteLine("skipped: ../shared/data/user-stories/dalpiaz-22 is not there");
            return;
        }

        var files = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToList();
        files.Count.ShouldBe(22);
        var total = 0;
        var fallbacks = 0;
        foreach (var file in files)
        {
            var backlog = await BacklogLoader.LoadAsync(file);
            backlog.Format.ShouldBe("text", Path.GetFileName(file));
            backlog.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty(Path.GetFileName(file));
            backlog.Items.ShouldAllBe(i => i.Title.Length > 0 && !i.Title.StartsWith('\uFEFF'));
            fallbacks += backlog.Diagnostics.Count(d => d.Message.Contains("Windows-1252", StringComparison.Ordinal));
            total += backlog.Items.Count;
        }

        total.ShouldBe(1_680);
        fallbacks.ShouldBe(3);
    }

    [Fact]
    public async Task Reads_all_16_storypoint_csv_files_with_zero_errors()
    {
        var folder = SharedData.Folder("backlogs/seanalytics-storypoint-tse2018");
        if (folder is null)
        {
            output.WriteLine("skipped: ../shared/data/backlogs/seanalytics-storypoint-tse2018 is not there");
            return;
        }

        var files = Directory.GetFiles(folder, "*.csv").Order(StringComparer.Ordinal).ToList();
        files.Count.ShouldBe(16);
        var total = 0;
        var clock = Stopwatch.StartNew();
        foreach (var file in files)
        {
            var start = clock.Elapsed;
            var backlog = await BacklogLoader.LoadAsync(file);
            output.WriteLine($"{Path.GetFileName(file),-24} {backlog.Items.Count,6} items {(clock.Elapsed - start).TotalMilliseconds,7:0.0} ms");
            backlog.Format.ShouldBe("csv");
            backlog.Diagnostics.ShouldBeEmpty(Path.GetFileName(file));
            backlog.Items.ShouldAllBe(i => i.StoryPoints != null && i.Id.Length > 0);
            total += backlog.Items.Count;
        }

        output.WriteLine($"all 16 files: {total} items in {clock.Elapsed.TotalMilliseconds:0} ms");
        total.ShouldBe(23_313);
    }

    [Fact]
    public async Task Times_the_storypoint_files_concatenated_into_one_csv()
    {
        var folder = SharedData.Folder("backlogs/seanalytics-storypoint-tse2018");
        if (folder is null)
        {
            output.WriteLine("skipped: ../shared/data/backlogs/seanalytics-storypoint-tse2018 is not there");
            return;
        }

        using var joined = new MemoryStream();
        var first = true;
        foreach (var file in Directory.GetFiles(folder, "*.csv").Order(StringComparer.Ordinal))
        {
            var bytes = await File.ReadAllBytesAsync(file);
            var body = first ? 0 : Array.IndexOf(bytes, (byte)'\n') + 1;
            await joined.WriteAsync(bytes.AsMemory(body));
            first = false;
        }

        // One warm-up run so the figures are parsing, not JIT; then the best of five (the machine is shared).
        var runs = new List<double>();
        PoPath.Core.Import.Backlog? backlog = null;
        for (var i = 0; i < 6; i++)
        {
            joined.Position = 0;
            var clock = Stopwatch.StartNew();
            backlog = await BacklogLoader.LoadAsync(joined, "joined.csv");
            runs.Add(clock.Elapsed.TotalMilliseconds);
        }

        output.WriteLine($"{joined.Length / 1024.0 / 1024.0:0.0} MiB, {backlog!.Items.Count} items: best {runs.Skip(1).Min():0} ms of runs {string.Join(", ", runs.Skip(1).Select(r => r.ToString("0", System.Globalization.CultureInfo.InvariantCulture)))} ms");
        backlog.Diagnostics.ShouldBeEmpty();
        backlog.Items.Count.ShouldBe(23_313);
    }

    [Fact]
    public async Task Parses_a_jira_shaped_copy_of_the_storypoint_data_the_same()
    {
        var folder = SharedData.Folder("backlogs/seanalytics-storypoint-tse2018");
        if (folder is null)
        {
            output.WriteLine("skipped: ../shared/data/backlogs/seanalytics-storypoint-tse2018 is not there");
            return;
        }

        var path = Path.Combine(folder, "mesos.csv");
        await using var original = File.OpenRead(path);
        var generic = await Read.AllAsync(new GenericCsvReader(), original);
        generic.Items.Count.ShouldBe(1_680);
        generic.Items[0].Id.ShouldBe("MESOS-313");
        generic.Items[0].Title.ShouldBe("Report executor terminations to framework schedulers.");
        generic.Items[0].StoryPoints.ShouldBe(2);
    }
}
