namespace TargetsDashboard.Data.Entities;

/// <summary>Where a unit's monthly submission stands in the reporting round.</summary>
public enum SubmissionState
{
    /// <summary>Saved by the unit, not sent.</summary>
    Draft = 0,

    /// <summary>Sent to the office, waiting for review.</summary>
    Submitted = 1,

    /// <summary>Sent back by the office with a reason; the unit fixes and sends again.</summary>
    Returned = 2,

    /// <summary>Accepted by the office: its figures are the official ones.</summary>
    Accepted = 3,
}

/// <summary>
/// A unit's own report of one month: its figures (<see cref="SubmissionFigure"/>) and the report's text sections,
/// kept apart from the official figures (<see cref="Measurement"/>) until the office accepts it.
/// </summary>
public class UnitSubmission : IAudited, IVersioned, ITracked
{
    public int Id { get; set; }

    public int UnitId { get; set; }

    /// <summary>First day of the month reported.</summary>
    public DateOnly Month { get; set; }

    public SubmissionState State { get; set; }

    /// <summary>Kết quả nổi bật.</summary>
    public string? Highlights { get; set; }

    /// <summary>Khó khăn, vướng mắc.</summary>
    public string? Difficulties { get; set; }

    /// <summary>Đề xuất, kiến nghị.</summary>
    public string? Proposals { get; set; }

    /// <summary>Nhiệm vụ tháng tới.</summary>
    public string? NextTasks { get; set; }

    /// <summary>The first time it was sent: lateness is measured from it, so a return after the deadline does not make an on-time unit late.</summary>
    public DateTime? FirstSubmittedAtUtc { get; set; }

    public DateTime? SubmittedAtUtc { get; set; }

    public string? SubmittedBy { get; set; }

    public string? ReviewedBy { get; set; }

    public DateTime? ReviewedAtUtc { get; set; }

    /// <summary>Why the office sent it back; kept until the next review.</summary>
    public string? ReturnReason { get; set; }

    public List<SubmissionFigure> Figures { get; set; } = [];

    public string UpdatedBy { get; set; } = string.Empty;

    public DateTime UpdatedAtUtc { get; set; }

    public int Version { get; set; }
}

/// <summary>One indicator's figures in a unit's submission, with the official figure's version the unit saw.</summary>
public class SubmissionFigure
{
    public int Id { get; set; }

    public int SubmissionId { get; set; }

    public int IndicatorId { get; set; }

    public long? Numerator { get; set; }

    public long? Denominator { get; set; }

    /// <summary>The official figure's version when the unit's page loaded (null: none existed); a change since is a conflict.</summary>
    public int? BaseVersion { get; set; }

    /// <summary>The unit's explanation of the figure's warnings.</summary>
    public string? Explanation { get; set; }
}

/// <summary>The office's settings of the reporting round (one row).</summary>
public class ReportingRoundSetting : IAudited
{
    public int Id { get; set; }

    /// <summary>Day of the following month by which a month is due (Vietnam time, until 23:59:59 of that day).</summary>
    public int DeadlineDay { get; set; } = 5;

    /// <summary>Whether the focal officer may submit, or only the unit head (the officer then prepares a draft).</summary>
    public bool FocalOfficersMaySubmit { get; set; } = true;
}

/// <summary>A month whose deadline differs from the default day.</summary>
public class SubmissionDeadline : IAudited
{
    public int Id { get; set; }

    /// <summary>First day of the month reported.</summary>
    public DateOnly Month { get; set; }

    /// <summary>The last day (Vietnam time) on which a submission is on time.</summary>
    public DateOnly Deadline { get; set; }
}
