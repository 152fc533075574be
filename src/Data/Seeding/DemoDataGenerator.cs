using TargetsDashboard.Kpi;

namespace TargetsDashboard.Data.Seeding;

/// <summary>A generated figure, keyed by codes so that it can be written to any database.</summary>
public readonly record struct DemoFigure(string UnitCode, string IndicatorCode, YearMonth Month, long Numerator, long Denominator)
{
    /// <summary>The row a demo figure is stored as, marked as demo so every page says so.</summary>
    public Entities.Measurement ToMeasurement(int unitId, int indicatorId, string sourceReference) => new()
    {
        UnitId = unitId,
        IndicatorId = indicatorId,
        Month = Month.FirstDay,
        Numerator = Numerator,
        Denominator = Denominator,
        Source = MeasurementSource.Demo,
        SourceReference = sourceReference,
    };
}

/// <summary>
/// Deterministic, plausible monthly figures: communes handle tens to hundreds of dossiers a month, departments hundreds to
/// thousands; each unit starts somewhere on each indicator and drifts up or down; a few unit-months are missing.
/// The same seed, units and months always give the same figures (its own random generator, not System.Random,
/// whose sequence may change between .NET versions).
/// </summary>
public sealed class DemoDataGenerator(ulong seed = 20251026)
{
    /// <summary>Share of unit-months with no figures at all.</summary>
    public double MissingShare { get; init; } = 0.02;

    public IEnumerable<DemoFigure> Generate(IReadOnlyList<CatalogUnit> units, YearMonth firstMonth, int months)
    {
        ArgumentNullException.ThrowIfNull(units);
        foreach (var unit in units)
        {
            var random = new SplitMix64(seed ^ StableHash(unit.Code));
            var profile = UnitProfile.Create(unit.Kind, random);
            for (var i = 0; i < months; i++)
            {
                var month = firstMonth.AddMonths(i);
                var missing = random.NextDouble() < MissingShare;
                var figures = profile.Month(i, random);
                if (missing)
                {
                    continue;
                }

                foreach (var figure in figures)
                {
                    yield return new DemoFigure(unit.Code, figure.Code, month, figure.Numerator, figure.Denominator);
                }
            }
        }
    }

    internal static ulong StableHash(string text)
    {
        // FNV-1a: string.GetHashCode is randomised per process.
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    private sealed class UnitProfile
    {
        private readonly double _dossiers;
        private readonly int _procedures;
        private readonly int _eligibleProcedures;
        private readonly Dictionary<string, (double Start, double Drift)> _shares = [];

        private UnitProfile(double dossiers, int procedures, int eligibleProcedures)
        {
            _dossiers = dossiers;
            _procedures = procedures;
            _eligibleProcedures = eligibleProcedures;
        }

        public static UnitProfile Create(UnitKind kind, SplitMix64 random)
        {
            var department = kind == UnitKind.Department;
            var dossiers = department ? 200 + (random.NextDouble() * 2800) : 30 + (random.NextDouble() * 370);
            var procedures = department ? 60 + (int)(random.NextDouble() * 190) : 90 + (int)(random.NextDouble() * 40);
            var eligible = (int)(procedures * (0.45 + (random.NextDouble() * 0.3)));
            var profile = new UnitProfile(dossiers, procedures, Math.Max(eligible, 1));

            // A unit improves, holds or slips: drift in share points a month.
            var trend = random.NextDouble() switch
            {
                < 0.55 => 0.003 + (random.NextDouble() * 0.008),
                < 0.85 => -0.002 + (random.NextDouble() * 0.004),
                _ => -0.010 + (random.NextDouble() * 0.006),
            };
            foreach (var code in new[] { ReferenceData.NonBoundary, ReferenceData.Contactless, ReferenceData.Digitized, ReferenceData.FullOnline, ReferenceData.OnlineProcessed })
            {
                var start = 0.30 + (random.NextDouble() * 0.5);
                var drift = trend + ((random.NextDouble() - 0.5) * 0.006);
                profile._shares[code] = (start, drift);
            }

            return profile;
        }

        public IReadOnlyList<(string Code, long Numerator, long Denominator)> Month(int index, SplitMix64 random)
        {
            var seasonal = 1 + (0.15 * Math.Sin(index * Math.PI / 6));
            var received = Math.Max(1, (long)Math.Round(_dossiers * seasonal * (0.85 + (random.NextDouble() * 0.3))));
            var handled = Math.Max(1, (long)Math.Round(received * (0.9 + (random.NextDouble() * 0.15))));
            var online = Take(received, Share(ReferenceData.OnlineProcessed, index, random, 0.02));
            var contactless = Math.Max(online, Take(received, Share(ReferenceData.Contactless, index, random, 0.02)));

            return
            [
                (ReferenceData.NonBoundary, Take(_procedures, Share(ReferenceData.NonBoundary, index, random, 0)), _procedures),
                (ReferenceData.Contactless, contactless, received),
                (ReferenceData.Digitized, Take(handled, Share(ReferenceData.Digitized, index, random, 0.03)), handled),
                (ReferenceData.FullOnline, Take(_eligibleProcedures, Share(ReferenceData.FullOnline, index, random, 0)), _eligibleProcedures),
                (ReferenceData.OnlineProcessed, online, received),
            ];
        }

        private double Share(string code, int index, SplitMix64 random, double noise)
        {
            var (start, drift) = _shares[code];
            return Math.Clamp(start + (drift * index) + ((random.NextDouble() - 0.5) * 2 * noise), 0.02, 0.995);
        }

        private static long Take(long total, double share) => Math.Min(total, (long)Math.Round(total * share));
    }

    /// <summary>SplitMix64: small, fast, and its sequence is fixed by its definition.</summary>
    internal sealed class SplitMix64(ulong state)
    {
        private ulong _state = state;

        public double NextDouble()
        {
            _state += 0x9E3779B97F4A7C15UL;
            var z = _state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (z >> 11) * (1.0 / (1UL << 53));
        }

        /// <summary>0 to <paramref name="maxExclusive"/> − 1.</summary>
        public int Next(int maxExclusive) => (int)(NextDouble() * maxExclusive);
    }
}
