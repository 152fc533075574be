using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TargetsDashboard.Data.Configurations;

public sealed class UnitNameHistoryConfiguration : IEntityTypeConfiguration<UnitNameHistory>
{
    public void Configure(EntityTypeBuilder<UnitNameHistory> builder)
    {
        builder.ToTable("UnitNameHistory");
        builder.Property(h => h.Name).HasMaxLength(200);
        builder.HasIndex(h => new { h.UnitId, h.ValidFrom });
    }
}
