using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TargetsDashboard.Data.Submissions;

namespace TargetsDashboard.Data.Configurations;

public sealed class UnitSubmissionConfiguration : IEntityTypeConfiguration<UnitSubmission>
{
    public void Configure(EntityTypeBuilder<UnitSubmission> builder)
    {
        builder.HasIndex(s => new { s.UnitId, s.Month }).IsUnique();
        builder.HasIndex(s => s.Month);
        builder.Property(s => s.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Highlights).HasMaxLength(SubmissionLimits.MaxSectionLength);
        builder.Property(s => s.Difficulties).HasMaxLength(SubmissionLimits.MaxSectionLength);
        builder.Property(s => s.Proposals).HasMaxLength(SubmissionLimits.MaxSectionLength);
        builder.Property(s => s.NextTasks).HasMaxLength(SubmissionLimits.MaxSectionLength);
        builder.Property(s => s.SubmittedBy).HasMaxLength(100);
        builder.Property(s => s.ReviewedBy).HasMaxLength(100);
        builder.Property(s => s.ReturnReason).HasMaxLength(SubmissionLimits.MaxReasonLength);
        builder.Property(s => s.UpdatedBy).HasMaxLength(100);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne<Unit>().WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Figures).WithOne().HasForeignKey(f => f.SubmissionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class SubmissionFigureConfiguration : IEntityTypeConfiguration<SubmissionFigure>
{
    public void Configure(EntityTypeBuilder<SubmissionFigure> builder)
    {
        builder.HasIndex(f => new { f.SubmissionId, f.IndicatorId }).IsUnique();
        builder.Property(f => f.Explanation).HasMaxLength(SubmissionLimits.MaxExplanationLength);
        builder.HasOne<Indicator>().WithMany().HasForeignKey(f => f.IndicatorId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class SubmissionDeadlineConfiguration : IEntityTypeConfiguration<SubmissionDeadline>
{
    public void Configure(EntityTypeBuilder<SubmissionDeadline> builder) => builder.HasIndex(d => d.Month).IsUnique();
}

public sealed class ReportingRoundSettingConfiguration : IEntityTypeConfiguration<ReportingRoundSetting>
{
    public void Configure(EntityTypeBuilder<ReportingRoundSetting> builder) =>
        builder.ToTable(t => t.HasCheckConstraint("CK_ReportingRoundSetting_Day", "\"DeadlineDay\" >= 1 AND \"DeadlineDay\" <= 28"));
}
