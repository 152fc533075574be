using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TargetsDashboard.Data.Configurations;

public sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        // The 766 portal's codes run to 34 characters (SYNCED_WITH_DVCQG_PERSONAL_STORAGE).
        builder.Property(i => i.Code).HasMaxLength(48);
        builder.HasIndex(i => i.Code).IsUnique();
        builder.Property(i => i.NameVi).HasMaxLength(300);
        builder.Property(i => i.NameEn).HasMaxLength(300);
        builder.Property(i => i.ShortNameVi).HasMaxLength(60);
        builder.Property(i => i.NumeratorVi).HasMaxLength(500);
        builder.Property(i => i.DenominatorVi).HasMaxLength(500);
        builder.Property(i => i.NumeratorItemVi).HasMaxLength(100);
        builder.Property(i => i.DefinitionNoteVi).HasMaxLength(1000);
        builder.Property(i => i.CountedOver).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Aggregation).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Scorecard).HasConversion<string>().HasMaxLength(16).HasDefaultValue(ScorecardKind.Directive).HasSentinel(ScorecardKind.Directive);
        builder.HasMany(i => i.Targets).WithOne(t => t.Indicator).HasForeignKey(t => t.IndicatorId).OnDelete(DeleteBehavior.Restrict);
    }
}
