using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace TargetsDashboard.Data.Migrations.SqlServer;

/// <summary>Lets <c>dotnet ef</c> build the context for SQL Server without a server: scripts and migrations need no connection.</summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<TargetsDbContext>
{
    public TargetsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TargetsDbContext>();
        DataServiceCollectionExtensions.Configure(options, DatabaseProvider.SqlServer, "Server=(design-time);Database=TargetsDashboard;Trusted_Connection=True;TrustServerCertificate=True", Directory.GetCurrentDirectory(), ".");
        return new TargetsDbContext(options.Options);
    }
}
