using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PoPath.Storage.Schema;

namespace PoPath.Storage.Tests;

/// <summary>The frozen schema scripts together create exactly what the EF Core model describes (a model change needs a new version).</summary>
/// <remarks>
/// Each version only adds tables or indexes, so the statements of V1..Vn, taken together, must be the statements of the
/// model's create script — no more, no fewer. To start a new version: add the entities to the model, run this test with
/// <c>POPATH_REGENERATE_SCHEMA=&lt;repo root&gt;</c> to write <c>Schema/model.{provider}.sql.txt</c> (ignored by git), and copy the
/// new statements into <c>V{n}.{provider}.sql</c> under a first line <c>-- what the version adds</c>.
/// </remarks>
public sealed partial class SchemaScriptTests
{
    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [InlineData(StoreProvider.PostgreSql)]
    public void The_version_scripts_together_match_the_model(StoreProvider provider)
    {
        var builder = new DbContextOptionsBuilder<PoPathDbContext>();
        _ = provider == StoreProvider.Sqlite ? builder.UseSqlite("Data Source=:memory:") : builder.UseNpgsql("Host=localhost");
        using var db = new PoPathDbContext(builder.Options);
        var generated = db.Database.GenerateCreateScript().ReplaceLineEndings("\n").Trim() + "\n";
        if (Environment.GetEnvironmentVariable("POPATH_REGENERATE_SCHEMA") is { Length: > 0 } root)
        {
            File.WriteAllText(Path.Combine(root, "src/PoPath.Storage/Schema", $"model.{(provider == StoreProvider.Sqlite ? "sqlite" : "postgresql")}.sql.txt"), generated);
        }

        var fromScripts = SchemaMigrator.Versions.SelectMany(v => Statements(SchemaMigrator.Script(provider, v))).Order(StringComparer.Ordinal).ToList();
        var fromModel = Statements(generated).Order(StringComparer.Ordinal).ToList();
        fromScripts.Except(fromModel).ShouldBeEmpty("statements in the scripts that the model does not describe");
        fromModel.Except(fromScripts).ShouldBeEmpty("statements of the model that no version script creates");
        fromScripts.Count.ShouldBe(fromModel.Count, "a statement appears in more than one version");
    }

    [Fact]
    public void Versions_start_at_one_and_each_has_a_description()
    {
        SchemaMigrator.Versions[0].ShouldBe(1);
        foreach (var v in SchemaMigrator.Versions)
        {
            SchemaMigrator.Description(v).ShouldNotBeNullOrWhiteSpace();
        }
    }

    private static IEnumerable<string> Statements(string script)
    {
        var withoutComments = string.Join('\n', script.ReplaceLineEndings("\n").Split('\n').Where(l => !l.TrimStart().StartsWith("--", StringComparison.Ordinal)));
        return StatementEnd().Split(withoutComments)
            .Select(s => Whitespace().Replace(s, " ").Trim())
            .Where(s => s.Length > 0);
    }

    [GeneratedRegex(@";[ \t]*(\n|$)")]
    private static partial Regex StatementEnd();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
