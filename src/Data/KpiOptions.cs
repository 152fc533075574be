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

    /// <summary>
    /// How long a page waits for a full reload of the figures (after units, names, indicators or targets changed, or
    /// another process saved) before it is served the previous figures: a province reloads in some 20 ms and is
    /// waited for, a national database (706,000 figures) in over a second and is not. Saved figures never wait.
    /// </summary>
    [Range(0, 60_000)]
    public int RebuildWaitMilliseconds { get; set; } = 250;

    /// <summary>Weight per indicator code in the score; missing codes weigh 1.</summary>
    public Dictionary<string, decimal> Weights { get; set; } = [];

    public KpiSettings ToSettings() => new() { CloseBandPoints = CloseBandPoints, Weights = Weights };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        Weights.Where(w => w.Value < 0).Select(w => new ValidationResult($"Kpi:Weights:{w.Key} must not be negative.", [nameof(Weights)]));
}
