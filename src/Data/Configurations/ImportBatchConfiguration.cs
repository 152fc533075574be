using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TargetsDashboard.Data.Configurations;

public sealed class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<ImportBatch> builder)
    {
        builder.Property(b => b.Source).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.Mode).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.Origin).HasMaxLength(260);
        builder.Property(b => b.ContentHash).HasMaxLength(64);
        builder.Property(b => b.UserName).HasMaxLength(100);
        builder.HasIndex(b => b.AtUtc);
        builder.HasIndex(b => new { b.Origin, b.ContentHash });
    }
}
