namespace TargetsDashboard.Data.Entities;

/// <summary>
/// A 766 rule set as stored: its groups and sub-indicators as one JSON document (<see cref="Index766.Index766RuleSetJson"/>),
/// with the source it was taken from and the months it is in force, like a directive target. The document is versioned as
/// a whole because the portal changes its split as a whole; the audit log keeps each version before and after.
/// </summary>
public class Index766RuleSetRecord : IAudited, IVersioned, ITracked
{
    public int Id { get; set; }

    /// <summary>Where the split comes from (the portal, a decision, a guidance letter).</summary>
    public required string Source { get; set; }

    /// <summary>First day of the first month in force.</summary>
    public DateOnly EffectiveFrom { get; set; }

    /// <summary>First day of the last month in force; null while open.</summary>
    public DateOnly? EffectiveTo { get; set; }

    /// <summary>The groups and sub-indicators with their points (<see cref="Index766.Index766RuleSetJson"/>).</summary>
    public required string RulesJson { get; set; }

    public string UpdatedBy { get; set; } = string.Empty;

    public DateTime UpdatedAtUtc { get; set; }

    public int Version { get; set; }
}

/// <summary>The province's rank among the country's provinces on the 766 index for a month, entered by the office with its source.</summary>
public class NationalRank : IAudited, ITracked
{
    public int Id { get; set; }

    /// <summary>First day of the month.</summary>
    public DateOnly Month { get; set; }

    /// <summary>1 for first.</summary>
    public int Rank { get; set; }

    /// <summary>How many provinces were ranked (34 since the 2025 merger).</summary>
    public int OutOf { get; set; }

    /// <summary>The province's total out of 100 as published; null when the source gives only the rank.</summary>
    public decimal? Score { get; set; }

    /// <summary>Where the rank was read (the portal's page, a report's number and date).</summary>
    public required string Source { get; set; }

    public string UpdatedBy { get; set; } = string.Empty;

    public DateTime UpdatedAtUtc { get; set; }
}
