using System.Globalization;
using static TargetsDashboard.Kpi.Tests.TestData;

namespace TargetsDashboard.Kpi.Tests;

/// <summary>
/// An engine updated with <see cref="KpiEngine.WithFigures"/> answers exactly as one built afresh from the same
/// figures: values, statuses, scores, ranks (with the previous ranks), totals and completeness, in every kind of period.
/// </summary>
public sealed class IncrementalUpdateTests
{
    private static readonly YearMonth First = M(2024, 1);
    private const int Months = 24;

    private static readonly UnitInfo[] Units =
    [
        .. Enumerable.Range(1, 14).Select(i => new UnitInfo(i, $"X{i:00}", $"Xã {(char)('A' + (i % 7))}{i}", i % 3 == 0 ? UnitKind.Ward : UnitKind.Commune)),
        .. Enumerable.Range(20, 6).Select(i => new UnitInfo(i, $"S{i}", $"Sở {i}", UnitKind.Department)),
        new UnitInfo(40, "X40", "Xã mới", UnitKind.Commune, ActiveFrom: M(2024, 7)),
        new UnitInfo(41, "X41", "Xã đã nhập", UnitKind.Commune, ActiveTo: M(2025, 3)),
    ];

    private static readonly TargetRule[] Targets =
    [
        Rule(Flow, 0.7m, M(2024, 1), id: 1),
        Rule(Stock, 0.8m, M(2024, 1), id: 2),
        Rule(Flow, 0.9m, M(2025, 1), kind: UnitKind.Department, id: 3),
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void WithFigures_RandomEdits_AnswersAsAFreshlyBuiltEngine(int seed)
    {
        var random = new Random(seed);
        var figures = new Dictionary<(int Unit, string Code, YearMonth Month), Measurement>();
        foreach (var unit in Units)
        {
            foreach (var code in new[] { Flow, Stock })
            {
                for (var m = 0; m < Months; m++)
                {
                    if (random.NextDouble() < 0.7)
                    {
                        var figure = RandomFigure(random, unit.UnitId, code, First.AddMonths(m));
                        figures[(unit.UnitId, code, figure.Month)] = figure;
                    }
                }
            }
        }

        var engine = Build(figures.Values);
        Assert.Equal(Describe(Build(figures.Values)), Describe(engine));

        for (var round = 0; round < 25; round++)
        {
            var updates = new List<FigureUpdate>();
            // Later months are edited more often, as a reporting round does; a month past the last one moves the latest month.
            for (var edit = random.Next(1, 6); edit > 0; edit--)
            {
                var unit = Units[random.Next(Units.Length)].UnitId;
                var code = random.Next(2) == 0 ? Flow : Stock;
                var month = First.AddMonths(Math.Min(Months, Months - 1 - (int)(Math.Pow(random.NextDouble(), 2) * Months) + random.Next(2)));
                if (random.NextDouble() < 0.25)
                {
                    figures.Remove((unit, code, month));
                    updates.Add(FigureUpdate.Remove(unit, code, month));
                }
                else
                {
                    var figure = RandomFigure(random, unit, code, month);
                    figures[(unit, code, month)] = figure;
                    updates.Add(FigureUpdate.Set(figure));
                }
            }

            engine = engine.WithFigures(updates);

            Assert.Equal(Describe(Build(figures.Values)), Describe(engine));
        }
    }

    [Fact]
    public void WithFigures_OriginalEngine_KeepsItsFigures()
    {
        var engine = Build([Fig(1, Flow, 2024, 3, 5, 10)]);
        var before = Describe(engine);

        var updated = engine.WithFigures([FigureUpdate.Set(Fig(1, Flow, 2024, 3, 9, 10)), FigureUpdate.Set(Fig(2, Stock, 2025, 1, 1, 2))]);

        Assert.Equal(before, Describe(engine));
        Assert.Equal(0.9m, updated.Value(1, Flow, Month(2024, 3)).Ratio);
        Assert.Equal(M(2025, 1), updated.LatestMonthWithData);
        Assert.Equal(M(2024, 3), engine.LatestMonthWithData);
    }

    [Fact]
    public void WithFigures_LastFigureRemoved_NoLatestMonth()
    {
        var engine = Build([Fig(1, Flow, 2024, 3, 5, 10)]);

        var updated = engine.WithFigures([FigureUpdate.Remove(1, Flow, M(2024, 3))]);

        Assert.Null(updated.LatestMonthWithData);
        Assert.Equal(KpiValue.NoData, updated.Value(1, Flow, Month(2024, 3)));
    }

    private static Measurement RandomFigure(Random random, int unitId, string code, YearMonth month)
    {
        var denominator = random.Next(0, 40);
        return new Measurement(unitId, code, month, denominator == 0 ? 0 : random.Next(0, denominator + 1), denominator);
    }

    private static KpiEngine Build(IEnumerable<Measurement> figures) =>
        Engine(figures.ToList(), Units, Targets, new KpiSettings { CloseBandPoints = 5m });

    private static IEnumerable<Period> Periods()
    {
        for (var m = 0; m <= Months; m++)
        {
            yield return Period.ForMonth(First.AddMonths(m));
            yield return Period.YearToDate(First.AddMonths(m));
        }

        foreach (var year in new[] { 2024, 2025, 2026 })
        {
            yield return Period.ForYear(year);
            for (var quarter = 1; quarter <= 4; quarter++)
            {
                yield return Period.ForQuarter(year, quarter);
            }
        }
    }

    /// <summary>Everything a page reads from the engine, as text (results hold lists, which records compare by reference).</summary>
    private static List<string> Describe(KpiEngine engine)
    {
        var lines = new List<string> { $"latest {engine.LatestMonthWithData}" };
        foreach (var period in Periods())
        {
            foreach (var group in new PeerGroup?[] { null, PeerGroup.Departments, PeerGroup.CommunesAndWards })
            {
                lines.Add($"{period} {group} {engine.Completeness(group, period)}");
                foreach (var code in new[] { Flow, Stock })
                {
                    var total = engine.Total(code, group, period);
                    lines.Add(string.Create(CultureInfo.InvariantCulture, $"{period} {group} {code} total {total.Value} {total.Status} {total.UnitsExpected} {total.UnitsReported} {total.UnitsMeeting} {total.MeanOfUnitRatios} {total.Previous} {total.ChangePoints}"));
                }

                if (group is { } peers)
                {
                    foreach (var entry in engine.Rank(peers, period).Entries)
                    {
                        lines.Add(string.Create(CultureInfo.InvariantCulture, $"{period} rank {entry.Score.Unit.UnitId} {entry.Rank} {entry.PreviousRank} {entry.Score.Score} {string.Join(';', entry.Score.Indicators.Select(r => $"{r.Value} {r.Status} {r.Gap} {r.IsClose} {r.Previous} {r.ChangePoints} {r.Unit.Name}"))}"));
                    }

                    lines.Add($"{period} {peers} ranked {engine.RankedCount(peers, period)}");
                }
            }
        }

        return lines;
    }
}
