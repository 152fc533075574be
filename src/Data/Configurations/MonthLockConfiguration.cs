using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TargetsDashboard.Data.Configurations;

public sealed class MonthLockConfiguration : IEntityTypeConfiguration<MonthLock>
{
    public void Configure(EntityTypeBuilder<MonthLock> builder)
    {
        builder.HasIndex(l => l.Month).IsUnique();
        builder.Property(l => l.LockedBy).HasMaxLength(100);
    }
}
