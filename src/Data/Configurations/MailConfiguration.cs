using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TargetsDashboard.Data.Configurations;

public sealed class MailSubscriptionConfiguration : IEntityTypeConfiguration<MailSubscription>
{
    public void Configure(EntityTypeBuilder<MailSubscription> builder)
    {
        builder.ToTable("MailSubscriptions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.UserId).HasMaxLength(450);

        // One choice per person and topic: choosing twice (two tabs, two instances) stays one row.
        builder.HasIndex(s => new { s.UserId, s.Topic }).IsUnique();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.HasKey(m => m.Id);

        // Exactly once per subscription and month, per alert, unit and month: a second insert of the key fails.
        builder.Property(m => m.DedupKey).HasMaxLength(OutboxMessage.MaxKeyLength).IsUnicode(false);
        builder.HasIndex(m => m.DedupKey).IsUnique();
        builder.Property(m => m.Kind).HasMaxLength(40).IsUnicode(false);
        builder.Property(m => m.ToAddresses).HasMaxLength(OutboxMessage.MaxAddressListLength);
        builder.Property(m => m.CcAddresses).HasMaxLength(OutboxMessage.MaxAddressListLength);
        builder.Property(m => m.Subject).HasMaxLength(OutboxMessage.MaxSubjectLength);
        builder.Property(m => m.Attachment).HasMaxLength(200).IsUnicode(false);
        builder.Property(m => m.UnsubscribeUrl).HasMaxLength(2000).IsUnicode(false);
        builder.Property(m => m.LeaseOwner).HasMaxLength(100).IsUnicode(false);
        builder.Property(m => m.LastError).HasMaxLength(OutboxMessage.MaxErrorLength);

        // The dispatcher looks for due rows by status and time.
        builder.HasIndex(m => new { m.Status, m.NextAttemptUtc });
    }
}
