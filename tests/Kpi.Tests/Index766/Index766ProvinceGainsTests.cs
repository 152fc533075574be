namespace TargetsDashboard.Kpi.Tests.Index766;

public sealed class Index766ProvinceGainsTests
{
    private static readonly Index766RuleSet Rules = Index766RuleSet.Portal2025;

    [Fact]
    public void Largest_UnitWith535Of580Digitised_ProvinceGains4Times45Over680()
    {
        // Unit 1: 535/580 digitised (needs 45 for the full 4 points); unit 2: 100/100. The province's figure is their
        // sum, 635/680: 45 more items lift it to 680/680, i.e. 4 × 45 ÷ 680 = 0,2647 points for the province.
        var unit1 = Index766Calculator.Score(Rules, new Dictionary<string, Index766Figure> { ["SO_HOA_GIAY_TO_GIAI_QUYET"] = new(535, 580) });
        var unit2 = Index766Calculator.Score(Rules, new Dictionary<string, Index766Figure> { ["SO_HOA_GIAY_TO_GIAI_QUYET"] = new(100, 100) });
        var province = new Dictionary<string, Index766Figure> { ["SO_HOA_GIAY_TO_GIAI_QUYET"] = new(635, 680) };

        var gains = Index766ProvinceGains.Largest(Rules, province, new Dictionary<int, Index766Breakdown> { [1] = unit1, [2] = unit2 }, 10);

        var gain = Assert.Single(gains);
        Assert.Equal((1, 45L), (gain.UnitId, gain.WinBack.ItemsNeeded));
        Assert.Equal(0.26m, Index766Calculator.RoundForDisplay(gain.ProvincePointsGained));
        Assert.Equal(0.31m, Index766Calculator.RoundForDisplay(gain.WinBack.GroupPointsGained));
    }
}
