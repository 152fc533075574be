using TargetsDashboard.Kpi;

namespace TargetsDashboard.Data.Entities;

/// <summary>A threshold for an indicator, in force for a period, set by a document.</summary>
public class Target : IAudited
{
    public int Id { get; set; }

    public int IndicatorId { get; set; }

    public Indicator? Indicator { get; set; }

    /// <summary>A fraction: 0.7 for 70%.</summary>
    public decimal Threshold { get; set; }

    public Comparison Comparison { get; set; }

    /// <summary>First day in force.</summary>
    public DateOnly EffectiveFrom { get; set; }

    /// <summary>Last day in force; null while open.</summary>
    public DateOnly? EffectiveTo { get; set; }

    /// <summary>Null when the target applies to every kind of unit.</summary>
    public UnitKind? AppliesToKind { get; set; }

    /// <summary>Number of the source document, e.g. "4912/UBND-HCC".</summary>
    public required string SourceDocumentNumber { get; set; }

    public DateOnly SourceDocumentDate { get; set; }

    /// <summary>Kind and issuer, e.g. "Công văn của UBND tỉnh Đồng Nai".</summary>
    public required string SourceIssuer { get; set; }
}
