namespace TargetsDashboard.Kpi;

/// <summary>
/// Chooses the target in force for an indicator, a month and a unit kind: a rule for that kind is preferred over one
/// for every kind, then the latest <see cref="TargetRule.EffectiveFrom"/>, then the highest id.
/// </summary>
internal sealed class TargetSelector(IEnumerable<TargetRule> targets)
{
    private readonly Dictionary<string, TargetRule[]> _byIndicator = targets
        .GroupBy(t => t.IndicatorCode, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    /// <summary>Null <paramref name="kind"/> accepts only rules for every kind.</summary>
    public TargetRule? Select(string indicatorCode, YearMonth month, UnitKind? kind)
    {
        if (!_byIndicator.TryGetValue(indicatorCode, out var rules))
        {
            return null;
        }

        TargetRule? best = null;
        foreach (var rule in rules)
        {
            var inForce = kind is { } k
                ? rule.IsInForce(month, k)
                : rule.AppliesTo is null && month >= rule.EffectiveFrom && (rule.EffectiveTo is null || month <= rule.EffectiveTo.Value);
            if (inForce && (best is null || IsPreferred(rule, best)))
            {
                best = rule;
            }
        }

        return best;
    }

    private static bool IsPreferred(TargetRule candidate, TargetRule current)
    {
        var candidateSpecific = candidate.AppliesTo is not null;
        var currentSpecific = current.AppliesTo is not null;
        if (candidateSpecific != currentSpecific)
        {
            return candidateSpecific;
        }

        if (candidate.EffectiveFrom != current.EffectiveFrom)
        {
            return candidate.EffectiveFrom > current.EffectiveFrom;
        }

        return candidate.TargetId > current.TargetId;
    }
}
