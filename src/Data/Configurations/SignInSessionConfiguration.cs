using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TargetsDashboard.Data.Configurations;

public sealed class SignInSessionConfiguration : IEntityTypeConfiguration<SignInSession>
{
    public void Configure(EntityTypeBuilder<SignInSession> builder)
    {
        builder.ToTable("SignInSessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasMaxLength(32).IsUnicode(false).ValueGeneratedNever();

        // Identity's user ids are at most 450 characters (its own key length); ending all of a user's sessions looks them up.
        builder.Property(s => s.UserId).HasMaxLength(450);
        builder.HasIndex(s => s.UserId);

        // The sweep deletes idle sessions by this column.
        builder.HasIndex(s => s.LastSeenUtc);
    }
}
