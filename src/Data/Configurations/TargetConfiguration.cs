using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TargetsDashboard.Data.Configurations;

public sealed class TargetConfiguration : IEntityTypeConfiguration<Target>
{
    public void Configure(EntityTypeBuilder<Target> builder)
    {
        builder.Property(t => t.Threshold).HasPrecision(7, 6);
        builder.Property(t => t.Comparison).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.AppliesToKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.SourceDocumentNumber).HasMaxLength(100);
        builder.Property(t => t.SourceIssuer).HasMaxLength(300);
        builder.HasIndex(t => new { t.IndicatorId, t.EffectiveFrom });
    }
}
