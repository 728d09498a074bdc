namespace PoPath.Storage.Tests;

/// <summary>How --db, POPATH_DB and the default file resolve.</summary>
public sealed class StoreTargetTests
{
    [Fact]
    public void Default_is_a_file_in_the_user_data_folder() =>
        StoreTarget.Resolve(null, _ => null).ShouldBe(new StoreTarget(StoreProvider.Sqlite, StoreTarget.DefaultFile()));

    [Fact]
    public void Environment_variable_is_used_when_no_option_is_given() =>
        StoreTarget.Resolve(null, v => v == "POPATH_DB" ? "/tmp/x.db" : null).Value.ShouldBe("/tmp/x.db");

    [Fact]
    public void A_postgres_url_becomes_a_connection_string()
    {
        var t = StoreTarget.Resolve("postgres://ana:p%40ss@db.example:6543/popath?sslmode=disable");
        t.Provider.ShouldBe(StoreProvider.PostgreSql);
        var b = new Npgsql.NpgsqlConnectionStringBuilder(t.Value);
        (b.Host, b.Port, b.Database, b.Username, b.Password).ShouldBe(("db.example", 6543, "popath", "ana", "p@ss"));
        t.Describe().ShouldNotContain("p@ss");
    }

    [Fact]
    public void A_connection_string_is_postgresql() =>
        StoreTarget.Parse("Host=localhost;Database=p").Provider.ShouldBe(StoreProvider.PostgreSql);

    [Fact]
    public void A_bad_value_is_a_store_error() =>
        Should.Throw<Core.Storage.StoreException>(() => StoreTarget.Parse("Host=x;Nonsense Key=1")).Message.ShouldContain("--db");
}
