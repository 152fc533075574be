namespace TargetsDashboard.Data.Entities;

/// <summary>Where an outbox message stands. Stored as numbers: never renumber.</summary>
public enum OutboxStatus
{
    /// <summary>Waiting for its turn (<see cref="OutboxMessage.NextAttemptUtc"/>).</summary>
    Pending = 0,

    /// <summary>Claimed by one instance until <see cref="OutboxMessage.LeaseUntilUtc"/>; a lapsed lease makes it claimable again.</summary>
    Sending = 1,

    Sent = 2,

    /// <summary>Gave up after the last attempt; an administrator may send it again.</summary>
    Failed = 3,
}

/// <summary>
/// One e-mail to send, written once per <see cref="DedupKey"/> (a subscription and its month, or an alert, its unit
/// and month): the unique key makes a second instance's or a rerun's insert a no-op. Instances claim due rows with a
/// lease and send them; written with plain statements only (never SaveChanges), so mail is neither audited nor a
/// change of the figures.
/// </summary>
public class OutboxMessage
{
    public const int MaxKeyLength = 200;
    public const int MaxAddressListLength = 4000;
    public const int MaxSubjectLength = 300;
    public const int MaxErrorLength = 1000;

    public long Id { get; set; }

    /// <summary>"sub:{subscription}:{yyyy-MM}" or "alert:{kind}:{unit}:{yyyy-MM}": what makes this message unique.</summary>
    public required string DedupKey { get; set; }

    /// <summary>What kind of message ("ProvinceSummary", "UnitReport", "LateUnits", "Alert.NotMet", …), for the admin page.</summary>
    public required string Kind { get; set; }

    /// <summary>Addresses separated by ", ".</summary>
    public required string ToAddresses { get; set; }

    public string? CcAddresses { get; set; }

    public required string Subject { get; set; }

    public required string HtmlBody { get; set; }

    public required string TextBody { get; set; }

    /// <summary>"summary:2025-10" or "unit:so-tu-phap:2025-10": the PDF printed and attached when sending; null for none.</summary>
    public string? Attachment { get; set; }

    /// <summary>The unsubscribe link for the List-Unsubscribe header; null for alerts.</summary>
    public string? UnsubscribeUrl { get; set; }

    public OutboxStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime NextAttemptUtc { get; set; }

    /// <summary>The instance holding the claim (<see cref="OutboxStatus.Sending"/>).</summary>
    public string? LeaseOwner { get; set; }

    public DateTime? LeaseUntilUtc { get; set; }

    public DateTime? SentUtc { get; set; }

    public string? LastError { get; set; }
}
