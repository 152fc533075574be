using TargetsDashboard.Kpi;

namespace TargetsDashboard.Data.Seeding;

/// <summary>
/// Deterministic, plausible monthly 766 figures, like <see cref="DemoDataGenerator"/>'s: communes handle tens to hundreds of
/// dossiers a month, departments hundreds to thousands; each unit sits somewhere on each sub-indicator (most high, a few
/// weak spots that the "where the points are lost" page then shows) and drifts slowly. Procedures are published a
/// few a month, petitions are rare (many communes have none, which earns full points), the online-service rate comes
/// as a rate over <see cref="Index766RuleSet.RateScale"/>.
/// </summary>
public sealed class Index766DemoGenerator(ulong seed = 20250766)
{
    public IEnumerable<DemoFigure> Generate(IReadOnlyList<CatalogUnit> units, Index766RuleSet ruleSet, YearMonth firstMonth, int months)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(ruleSet);
        foreach (var unit in units)
        {
            var random = new DemoDataGenerator.SplitMix64(seed ^ DemoDataGenerator.StableHash(unit.Code));
            var department = unit.Kind == UnitKind.Department;
            var dossiers = department ? 150 + (random.NextDouble() * 1500) : 25 + (random.NextDouble() * 300);
            var procedures = department ? 4 + random.Next(10) : 1 + random.Next(4);
            var levels = ruleSet.SubIndicators.ToDictionary(
                s => s.Code,
                s => (Level: random.NextDouble() < 0.2 ? 0.35 + (random.NextDouble() * 0.4) : 0.8 + (random.NextDouble() * 0.2), Drift: (random.NextDouble() - 0.3) * 0.01));
            for (var i = 0; i < months; i++)
            {
                var month = firstMonth.AddMonths(i);
                var received = Math.Max(1, (long)Math.Round(dossiers * (0.8 + (random.NextDouble() * 0.4))));
                foreach (var sub in ruleSet.SubIndicators)
                {
                    var (level, drift) = levels[sub.Code];
                    var share = Math.Clamp(level + (drift * i) + ((random.NextDouble() - 0.5) * 0.04), 0.02, 1.0);
                    if (sub.IsRateOnly)
                    {
                        yield return new DemoFigure(unit.Code, sub.Code, month, (long)Math.Round(share * Index766RuleSet.RateScale), Index766RuleSet.RateScale);
                        continue;
                    }

                    // Overdue dossiers are the few a good unit has, not the many.
                    var denominator = DenominatorOf(sub, received, procedures, department, random);
                    var counted = sub.Code == "OVERDUE" ? 1 - share : share;
                    yield return new DemoFigure(unit.Code, sub.Code, month, Math.Min(denominator, (long)Math.Round(denominator * counted)), denominator);
                }
            }
        }
    }

    private static long DenominatorOf(Index766SubIndicator sub, long received, int procedures, bool department, DemoDataGenerator.SplitMix64 random) => sub.Code switch
    {
        "PUBLISH_ON_TIME" or "PUBLIC_UPDATE_ON_TIME" or "PUBLIC_CONTENT_FULL" => random.Next(procedures + 1),
        "PAYMENT_B" or "PAYMENT_C" or "CITIZEN_DATA_CONNECTED_FORMALITY" => procedures + random.Next(3),
        "PAYMENT_A" => received / (department ? 3 : 5),
        "ELECTRONIC_CERTIFIED_COPY" => department ? 0 : random.Next(40),
        "PETITION_PROCESSING_ON_TIME" or "PETITION_HANDLING_SATISFACTION" or "PETITION_CLASSIFICATION_TTHC" or "PETITION_CLASSIFICATION_STAFF" =>
            random.NextDouble() < 0.6 ? 0 : 1 + random.Next(department ? 7 : 2),
        "OVERDUE" => received,
        "DOSSIER_RECEIVING_SATISFACTION" => received / 2,
        _ => received,
    };
}
