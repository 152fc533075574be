using Microsoft.EntityFrameworkCore.Design;

namespace TargetsDashboard.Data.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the context for SQLite without starting the app.</summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<TargetsDbContext>
{
    public TargetsDbContext CreateDbContext(string[] args) =>
        DataServiceCollectionExtensions.CreateDesignTimeContext(DatabaseProvider.Sqlite, "Data Source=design-time.db");
}
