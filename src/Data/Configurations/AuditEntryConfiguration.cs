using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TargetsDashboard.Data.Configurations;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditLog");
        builder.Property(a => a.EntityType).HasMaxLength(64);
        builder.Property(a => a.EntityKey).HasMaxLength(64);
        builder.Property(a => a.Action).HasMaxLength(16);
        builder.Property(a => a.UserName).HasMaxLength(100);
        builder.Property(a => a.Reason).HasMaxLength(1000);
        builder.HasIndex(a => new { a.EntityType, a.EntityKey });
        builder.HasIndex(a => a.AtUtc);
        // No foreign key: SQLite would rebuild the whole audit log to add one, and the log only ever grows.
        builder.HasIndex(a => a.ImportBatchId);
    }
}
