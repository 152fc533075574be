using System.ComponentModel.DataAnnotations;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Data;

/// <summary>The "Kpi" configuration section: the rules the directive leaves open.</summary>
public sealed class KpiOptions : IValidatableObject
{
    public const string SectionName = "Kpi";

    /// <summary>Width of the "close to target" band in points; null (the default) turns it off.</summary>
    [Range(0, 100)]
    public decimal? CloseBandPoints { get; set; }

    /// <summary>Weight per indicator code in the score; missing codes weigh 1.</summary>
    public Dictionary<string, decimal> Weights { get; set; } = [];

    public KpiSettings ToSettings() => new() { CloseBandPoints = CloseBandPoints, Weights = Weights };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        Weights.Where(w => w.Value < 0).Select(w => new ValidationResult($"Kpi:Weights:{w.Key} must not be negative.", [nameof(Weights)]));
}
