using Microsoft.EntityFrameworkCore;
using PoPath.Storage.Schema;

namespace PoPath.Storage.Tests;

/// <summary>The frozen schema scripts create exactly what the EF Core model describes (a model change needs a new version).</summary>
public sealed class SchemaScriptTests
{
    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [InlineData(StoreProvider.PostgreSql)]
    public void Version_1_script_matches_the_model(StoreProvider provider)
    {
        var builder = new DbContextOptionsBuilder<PoPathDbContext>();
        _ = provider == StoreProvider.Sqlite ? builder.UseSqlite("Data Source=:memory:") : builder.UseNpgsql("Host=localhost");
        using var db = new PoPathDbContext(builder.Options);
        var generated = db.Database.GenerateCreateScript().ReplaceLineEndings("\n").Trim() + "\n";
        if (Environment.GetEnvironmentVariable("POPATH_REGENERATE_SCHEMA") is { Length: > 0 } root)
        {
            File.WriteAllText(Path.Combine(root, "src/PoPath.Storage/Schema", $"V1.{(provider == StoreProvider.Sqlite ? "sqlite" : "postgresql")}.sql"), generated);
        }

        SchemaMigrator.Script(provider, 1).ShouldBe(generated);
    }
}
