using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TargetsDashboard.Data.Configurations;

public sealed class DataVersionConfiguration : IEntityTypeConfiguration<DataVersion>
{
    public void Configure(EntityTypeBuilder<DataVersion> builder)
    {
        builder.ToTable("DataVersion");
        builder.Property(v => v.Id).ValueGeneratedNever();

        // Created by the migration, so that every save can update it without asking whether it exists.
        builder.HasData(new DataVersion { Id = DataVersion.SingletonId, Stamp = Guid.Empty });
    }
}
