using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TargetsDashboard.Data.Configurations;

public sealed class MeasurementConfiguration : IEntityTypeConfiguration<Measurement>
{
    public void Configure(EntityTypeBuilder<Measurement> builder)
    {
        builder.HasIndex(m => new { m.UnitId, m.IndicatorId, m.Month }).IsUnique();
        // The dashboard reads a range of months for all units: this index serves that scan.
        builder.HasIndex(m => new { m.Month, m.IndicatorId });
        builder.Property(m => m.Source).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.SourceReference).HasMaxLength(200);
        builder.Property(m => m.UpdatedBy).HasMaxLength(100);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasOne(m => m.Unit).WithMany().HasForeignKey(m => m.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Indicator).WithMany().HasForeignKey(m => m.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t => t.HasCheckConstraint("CK_Measurement_Counts", "\"Numerator\" >= 0 AND \"Denominator\" >= 0 AND \"Numerator\" <= \"Denominator\""));
    }
}
