using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TargetsDashboard.Data.Tests;

public class MigrationTests
{
    [Fact]
    public async Task Migrate_EmptySqliteFile_CreatesEveryTable()
    {
        await using var database = await SqliteTestDatabase.CreateAsync(migrate: true);

        await using var connection = new SqliteConnection($"Data Source={database.FilePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
        var tables = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        Assert.Superset(
            new HashSet<string> { "Units", "UnitNameHistory", "Indicators", "Targets", "Measurements", "UnitMonthNotes", "AuditLog", "__EFMigrationsHistory" },
            tables.ToHashSet());
    }

    [Fact]
    public async Task Model_SqliteMigrations_CoverEveryModelChange()
    {
        await using var database = await SqliteTestDatabase.CreateAsync(migrate: false);
        await using var db = await database.Contexts.CreateDbContextAsync();

        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes no SQLite migration covers: add one (see README).");
    }

    [Fact]
    public void Model_SqlServerMigrations_CoverEveryModelChange()
    {
        using var db = SqlServerContext();

        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes no SQL Server migration covers: add one (see README).");
    }

    [Fact]
    public async Task Migrations_BothProviders_HaveTheSameMigrationsInTheSameOrder()
    {
        await using var database = await SqliteTestDatabase.CreateAsync(migrate: false);
        await using var sqlite = await database.Contexts.CreateDbContextAsync();
        using var sqlServer = SqlServerContext();

        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(id => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..]);

        Assert.NotEmpty(Names(sqlite));
        Assert.Equal(Names(sqlite), Names(sqlServer));
    }

    [Fact]
    public void SqlServerMigrations_IdempotentScript_CreatesIdentityKeys()
    {
        using var db = SqlServerContext();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("CREATE TABLE [Measurements]", script, StringComparison.Ordinal);
        Assert.Contains("IDENTITY", script, StringComparison.Ordinal);
        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
    }

    private static TargetsDbContext SqlServerContext()
    {
        var options = new DbContextOptionsBuilder<TargetsDbContext>();
        DataServiceCollectionExtensions.Configure(options, DatabaseProvider.SqlServer, "Server=(none);Database=Test;TrustServerCertificate=True", ".", ".");
        return new TargetsDbContext(options.Options);
    }
}
