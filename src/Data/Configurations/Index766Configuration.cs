using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TargetsDashboard.Data.Configurations;

public sealed class Index766RuleSetConfiguration : IEntityTypeConfiguration<Index766RuleSetRecord>
{
    public void Configure(EntityTypeBuilder<Index766RuleSetRecord> builder)
    {
        builder.ToTable("Index766RuleSets");
        builder.Property(r => r.Source).HasMaxLength(500);
        builder.Property(r => r.RulesJson).HasMaxLength(20_000);
        builder.Property(r => r.UpdatedBy).HasMaxLength(256);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => r.EffectiveFrom).IsUnique();
    }
}

public sealed class NationalRankConfiguration : IEntityTypeConfiguration<NationalRank>
{
    public void Configure(EntityTypeBuilder<NationalRank> builder)
    {
        builder.ToTable("NationalRanks");
        builder.Property(r => r.Score).HasPrecision(7, 2);
        builder.Property(r => r.Source).HasMaxLength(500);
        builder.Property(r => r.UpdatedBy).HasMaxLength(256);
        builder.HasIndex(r => r.Month).IsUnique();
    }
}
