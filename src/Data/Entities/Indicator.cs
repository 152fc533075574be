using TargetsDashboard.Kpi;

namespace TargetsDashboard.Data.Entities;

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
    /// </summary>
    public bool AllowsZeroDenominator => CountedOver == CountedOver.Dossiers;

    /// <summary>True where no official definition exists and the province works with its own (CONTACTLESS).</summary>
    public bool IsWorkingDefinition { get; set; }

    /// <summary>Where the definition comes from, or why it is a working one.</summary>
    public string? DefinitionNoteVi { get; set; }

    public int DisplayOrder { get; set; }

    public List<Target> Targets { get; set; } = [];
}
