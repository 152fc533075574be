using Microsoft.EntityFrameworkCore.Design;

namespace TargetsDashboard.Data.Migrations.SqlServer;

/// <summary>Lets <c>dotnet ef</c> build the context for SQL Server without a server: scripts and migrations need no connection.</summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<TargetsDbContext>
{
    public TargetsDbContext CreateDbContext(string[] args) =>
        DataServiceCollectionExtensions.CreateDesignTimeContext(DatabaseProvider.SqlServer, "Server=(design-time);Database=TargetsDashboard;Trusted_Connection=True;TrustServerCertificate=True");
}
