namespace TargetsDashboard.Data.Entities;

/// <summary>What a person may choose to receive by e-mail. Stored as numbers: never renumber.</summary>
public enum MailTopic
{
    /// <summary>Leadership: the province summary each month, its PDF attached.</summary>
    ProvinceSummary = 1,

    /// <summary>A unit's own people: their unit's monthly report, its PDF attached.</summary>
    UnitReport = 2,

    /// <summary>Office staff: the units late or below target on several indicators.</summary>
    LateUnits = 3,
}

/// <summary>
/// A person's choice to receive one <see cref="MailTopic"/>. One row per user and topic. Written with plain statements
/// (never SaveChanges): a preference is neither audited nor a change of the figures.
/// </summary>
public class MailSubscription
{
    public long Id { get; set; }

    public required string UserId { get; set; }

    public MailTopic Topic { get; set; }

    public DateTime CreatedUtc { get; set; }
}
