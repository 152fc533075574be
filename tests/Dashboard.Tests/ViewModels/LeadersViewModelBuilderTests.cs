using TargetsDashboard.Dashboard.ViewModels;
using TargetsDashboard.Data;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Dashboard.Tests;

/// <summary>
/// Three indicators (≥ 70%, equal weights), seven departments A–G and one commune. September: every indicator of
/// A..G at 69, 60, 50, 40, 30, 20, 10% (ranks 1..7). October: E 100/100/65, G 100/60/60, F 60, A 50, B 40, C 30,
/// D 20/20/unknown, so E 1 (▲ 4), G 2 (▲ 5), F 3 (▲ 3), A 4, B 5, C 6, D 7 (each ▼ 3).
/// </summary>
public class LeadersViewModelBuilderTests
{
    private static readonly YearMonth September = new(2025, 9);
    private static readonly YearMonth October = new(2025, 10);
    private static readonly string[] Codes = ["I1", "I2", "I3"];

    [Fact]
    public void Build_TwoGroups_EachHasItsOwnLeadersWithScores()
    {
        var model = LeadersViewModelBuilder.Build(Snapshot(), Period.ForMonth(October));

        Assert.Equal(["Sở, ban, ngành", "Xã, phường"], model.Groups.Select(g => g.Title));
        var departments = model.Groups[0];
        Assert.Equal(["so-e", "so-g", "so-f"], departments.Leaders.Select(l => l.UnitCode));
        Assert.Equal(["97,6/100", "90,5/100", "85,7/100"], departments.Leaders.Select(l => l.Detail));
        Assert.Equal(["1", "2", "3"], departments.Leaders.Select(l => l.RankText));
        Assert.Equal("xa-x", Assert.Single(model.Groups[1].Leaders).UnitCode);
    }

    [Fact]
    public void Build_RanksMoved_RisersBiggestGainFirstAndFallersTopThreeByRank()
    {
        var departments = LeadersViewModelBuilder.Build(Snapshot(), Period.ForMonth(October)).Groups[0];

        Assert.Equal(["so-g", "so-e", "so-f"], departments.Risers.Select(r => r.UnitCode));
        Assert.Equal(["▲ 5", "▲ 4", "▲ 3"], departments.Risers.Select(r => r.RankChangeText));
        Assert.Equal("hạng 7 → 2", departments.Risers[0].Detail);
        Assert.Equal(["so-a", "so-b", "so-c"], departments.Fallers.Select(f => f.UnitCode));
        Assert.All(departments.Fallers, f => Assert.Equal("▼ 3", f.RankChangeText));
    }

    [Fact]
    public void Build_NoPreviousRanks_NoRisersOrFallers()
    {
        var departments = LeadersViewModelBuilder.Build(Snapshot(), Period.ForMonth(September)).Groups[0];

        Assert.Empty(departments.Risers);
        Assert.Empty(departments.Fallers);
        Assert.Equal("so-a", departments.Leaders[0].UnitCode);
    }

    [Fact]
    public void Build_UnitsMissingThreeOrMoreTargets_CountedAndNamedUnknownNotCountedAsMissed()
    {
        var departments = LeadersViewModelBuilder.Build(Snapshot(), Period.ForMonth(October)).Groups[0];

        // D misses two and has one unknown: an unknown value is not a target missed.
        Assert.Equal(["so-f", "so-a", "so-b", "so-c"], departments.BelowTarget.Select(b => b.UnitCode));
        Assert.Equal("4/7 đơn vị chưa đạt từ 3 chỉ tiêu trở lên", departments.BelowTargetText);
        Assert.All(departments.BelowTarget, b => Assert.Equal("3/3 chỉ tiêu chưa đạt", b.Detail));
    }

    [Fact]
    public void Build_GroupIndicators_ShowGroupRatioAndUnitsMeetingFromEngineTotal()
    {
        var departments = LeadersViewModelBuilder.Build(Snapshot(), Period.ForMonth(October)).Groups[0];

        // I1: (100 + 100 + 60 + 50 + 40 + 30 + 20) ÷ 700 = 57,1%; E and G meet it.
        var first = departments.Indicators[0];
        Assert.Equal("I1", first.Code);
        Assert.Equal("57,1%", first.RatioText);
        Assert.Equal("2/7 đơn vị đạt", first.MeetingText);
        Assert.Equal(KpiStatus.NotMet, first.Status);
        Assert.Equal("≥ 70%", first.ThresholdText);
    }

    [Fact]
    public void Build_NoFigures_SaysNoPeriod()
    {
        var model = LeadersViewModelBuilder.Build(RankingFixture.Snapshot([]), null);

        Assert.False(model.Heading.HasData);
        Assert.Empty(model.Groups);
    }

    private static KpiSnapshot Snapshot()
    {
        var units = new List<UnitInfo>();
        var figures = new List<Measurement>();
        var september = new[] { 69, 60, 50, 40, 30, 20, 10 };
        int?[][] october =
        [
            [50, 50, 50], [40, 40, 40], [30, 30, 30], [20, 20, null], [100, 100, 65], [60, 60, 60], [100, 60, 60],
        ];
        for (var i = 0; i < 7; i++)
        {
            var letter = (char)('a' + i);
            units.Add(new UnitInfo(i + 1, $"so-{letter}", $"Sở {char.ToUpperInvariant(letter)}", UnitKind.Department));
            for (var c = 0; c < Codes.Length; c++)
            {
                figures.Add(new Measurement(i + 1, Codes[c], September, september[i], 100));
                if (october[i][c] is { } numerator)
                {
                    figures.Add(new Measurement(i + 1, Codes[c], October, numerator, 100));
                }
            }
        }

        units.Add(new UnitInfo(8, "xa-x", "Xã X", UnitKind.Commune));
        figures.AddRange(Codes.Select(code => new Measurement(8, code, October, 80, 100)));

        var indicators = Codes.Select((code, n) => new IndicatorInfo(code, $"Chỉ tiêu {code}", Aggregation.Flow, CountedOver.Dossiers, "hồ sơ", n)).ToList();
        return RankingFixture.Snapshot(figures, units, indicators);
    }
}
