using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TargetsDashboard.Data.Configurations;

public sealed class UnitMonthNoteConfiguration : IEntityTypeConfiguration<UnitMonthNote>
{
    public void Configure(EntityTypeBuilder<UnitMonthNote> builder)
    {
        builder.HasIndex(n => new { n.UnitId, n.Month }).IsUnique();
        builder.Property(n => n.Text).HasMaxLength(4000);
        builder.Property(n => n.UpdatedBy).HasMaxLength(100);
        builder.Property(n => n.Version).IsConcurrencyToken();
        builder.HasOne<Unit>().WithMany().HasForeignKey(n => n.UnitId).OnDelete(DeleteBehavior.Cascade);
    }
}
