using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using TargetsDashboard.Data.Entities;

namespace TargetsDashboard.Data;

/// <summary>
/// The dashboard's data, its accounts (ASP.NET Core Identity) and the data-protection key ring in one database: every
/// instance on the database shares the keys that protect sign-in cookies and form tokens.
/// </summary>
public class TargetsDbContext(DbContextOptions<TargetsDbContext> options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    /// <summary>The user name written to the audit log and to <see cref="ITracked.UpdatedBy"/> by this context's saves.</summary>
    public string ActingUser { get; set; } = "system";

    /// <summary>Why this context's next saves are made; written with every audit entry.</summary>
    public string? AuditReason { get; set; }

    /// <summary>The import whose rows this context's next saves write; each audit entry links to it.</summary>
    public long? ImportBatchId { get; set; }

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<UnitNameHistory> UnitNameHistory => Set<UnitNameHistory>();

    public DbSet<Indicator> Indicators => Set<Indicator>();

    public DbSet<Target> Targets => Set<Target>();

    public DbSet<Measurement> Measurements => Set<Measurement>();

    public DbSet<UnitMonthNote> UnitMonthNotes => Set<UnitMonthNote>();

    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    public DbSet<MonthLock> MonthLocks => Set<MonthLock>();

    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();

    public DbSet<ApiClient> ApiClients => Set<ApiClient>();

    /// <summary>The stamp other processes watch to notice a change (<see cref="Freshness.DataVersionWatcher"/>).</summary>
    public DbSet<DataVersion> DataVersions => Set<DataVersion>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(TargetsDbContext).Assembly);
    }
}
