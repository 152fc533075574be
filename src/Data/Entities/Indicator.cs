using TargetsDashboard.Kpi;

namespace TargetsDashboard.Data.Entities;

/// <summary>Which scorecard an indicator belongs to: the directive's targets, or the 766 index's sub-indicators.</summary>
public enum ScorecardKind
{
    Directive = 0,
    Index766 = 1,
}

/// <summary>One of the directive's indicators, held as data so that a new directive needs no code change.</summary>
public class Indicator : IAudited
{
    public int Id { get; set; }

    /// <summary>Stable code, e.g. DIGITIZED.</summary>
    public required string Code { get; set; }

    public required string NameVi { get; set; }

    public required string NameEn { get; set; }

    /// <summary>A column heading: "Số hóa".</summary>
    public required string ShortNameVi { get; set; }

    /// <summary>What the numerator counts, in Vietnamese.</summary>
    public required string NumeratorVi { get; set; }

    /// <summary>What the denominator counts, in Vietnamese.</summary>
    public required string DenominatorVi { get; set; }

    /// <summary>One item of the numerator, for "cần thêm 37 hồ sơ được số hóa".</summary>
    public required string NumeratorItemVi { get; set; }

    public CountedOver CountedOver { get; set; }

    public Aggregation Aggregation { get; set; }

    /// <summary>
    /// Whether a month may have a zero denominator: an indicator that counts dossiers may see none in a month (its ratio
    /// is then unknown); one that counts procedures always has some. Derived, not stored: see decision 0010.
    /// A 766 sub-indicator always may: its rule set says what a zero denominator earns, and a month derived from
    /// year-to-date figures can see no new procedure.
    /// </summary>
    public bool AllowsZeroDenominator => CountedOver == CountedOver.Dossiers || Scorecard == ScorecardKind.Index766;

    /// <summary>True where no official definition exists and the province works with its own (CONTACTLESS).</summary>
    public bool IsWorkingDefinition { get; set; }

    /// <summary>Where the definition comes from, or why it is a working one.</summary>
    public string? DefinitionNoteVi { get; set; }

    public int DisplayOrder { get; set; }

    /// <summary>
    /// The directive's indicators are judged against targets; the 766 index's sub-indicators are scored by the rule set
    /// in force (<see cref="Index766RuleSetRecord"/>) and kept in their own engine, so the directive's pages never see them.
    /// </summary>
    public ScorecardKind Scorecard { get; set; }

    public List<Target> Targets { get; set; } = [];
}
