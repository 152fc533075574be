namespace TargetsDashboard.Kpi.Tests.Index766;

/// <summary>Points of the 766 index, hand-computed from the portal's table and its published worked examples.</summary>
public sealed class Index766CalculatorTests
{
    private static readonly Index766RuleSet Rules = Index766RuleSet.Portal2025;

    [Fact]
    public void SubIndicator_79Of82UpdatedOnTime_Earns3Point85()
    {
        var breakdown = Score(("PUBLIC_UPDATE_ON_TIME", 79, 82));

        var points = Sub(breakdown, "PUBLIC_UPDATE_ON_TIME").Points;

        // 4 × 79 ÷ 82 = 3,8536…: computed unrounded, shown as 3,85.
        Assert.Equal(4m * 79m / 82m, points, 20);
        Assert.Equal(3.85m, Index766Calculator.RoundForDisplay(points));
        Assert.Equal(4m - points, Sub(breakdown, "PUBLIC_UPDATE_ON_TIME").PointsLost);
    }

    [Fact]
    public void SubIndicator_Satisfaction88Point57PercentFullAt90_Earns5Point90()
    {
        var breakdown = Index766Calculator.Score(Rules, new Dictionary<string, Index766Figure>
        {
            ["DOSSIER_RECEIVING_SATISFACTION"] = Index766Figure.FromRate(0.8857m),
        });

        var points = Sub(breakdown, "DOSSIER_RECEIVING_SATISFACTION").Points;

        Assert.Equal(6m * 0.8857m / 0.9m, points, 20);
        Assert.Equal(5.90m, Index766Calculator.RoundForDisplay(points));
    }

    [Fact]
    public void SubIndicator_Reuse585Of587FullAt80_EarnsFull2()
    {
        Assert.Equal(2m, Sub(Score(("REUSED_DIGITIZED_DATA", 585, 587)), "REUSED_DIGITIZED_DATA").Points);
    }

    [Theory]
    [InlineData("REUSED_DIGITIZED_DATA", 80, 100, 2)]
    [InlineData("REUSED_DIGITIZED_DATA", 60, 100, 1.5)]
    [InlineData("DOSSIER_RECEIVING_SATISFACTION", 90, 100, 6)]
    [InlineData("DOSSIER_RECEIVING_SATISFACTION", 45, 100, 3)]
    [InlineData("ON_TIME", 99, 100, 19.8)]
    [InlineData("ON_TIME", 100, 100, 20)]
    public void SubIndicator_AtAndBelowFullPointsRate_EarnsMaxOrProportion(string code, long numerator, long denominator, decimal expected)
    {
        Assert.Equal(expected, Sub(Score((code, numerator, denominator)), code).Points);
    }

    [Fact]
    public void PaymentGroup_A95Of126B11Of17C6Of17_Earns7Point02()
    {
        var payment = Group(Score(("PAYMENT_A", 95, 126), ("PAYMENT_B", 11, 17), ("PAYMENT_C", 6, 17)), "PAYMENT");

        Assert.Equal([4.52m, 1.62m, 0.88m], payment.SubIndicators.Select(s => Index766Calculator.RoundForDisplay(s.Points)));
        Assert.Equal((6m * 95m / 126m) + (2.5m * 11m / 17m) + (2.5m * 6m / 17m), payment.Points, 20);
        Assert.Equal(7.02m, Index766Calculator.RoundForDisplay(payment.Points));
    }

    [Theory]
    [InlineData(1, 2, 9, 10, 2, 5, 6)] // 6·0,5 + min(2; 2,25) + 2,5·0,4 = 3 + 2 + 1
    [InlineData(0, 4, 16, 20, 0, 3, 2)] // B = 80%: 2,5·0,8 = 2 exactly, the cap
    [InlineData(3, 4, 17, 17, 0, 3, 6.5)] // B = 100% still earns 2, not 2,5
    [InlineData(3, 4, 1, 4, 1, 2, 6.375)] // 4,5 + 0,625 + 1,25
    public void PaymentGroup_Formula_CapsBAt2(long aNum, long aDen, long bNum, long bDen, long cNum, long cDen, decimal expected)
    {
        var payment = Group(Score(("PAYMENT_A", aNum, aDen), ("PAYMENT_B", bNum, bDen), ("PAYMENT_C", cNum, cDen)), "PAYMENT");

        decimal a = (decimal)aNum / aDen, b = (decimal)bNum / bDen, c = (decimal)cNum / cDen;
        Assert.Equal((6m * a) + Math.Min(2m, 2.5m * b) + (2.5m * c), payment.Points);
        Assert.Equal(expected, payment.Points);
    }

    [Fact]
    public void PaymentGroup_AllRatesFull_CappedAtGroupMaximum10()
    {
        var payment = Group(Score(("PAYMENT_A", 7, 7), ("PAYMENT_B", 3, 3), ("PAYMENT_C", 5, 5)), "PAYMENT");

        // 6 + 2 + 2,5 = 10,5 before the group's cap.
        Assert.Equal(10m, payment.Points);
        Assert.Equal(0m, payment.PointsLost);
    }

    [Fact]
    public void SatisfactionGroup_CommuneWithNoComplaints_Earns6Plus6()
    {
        var breakdown = Score(("PETITION_PROCESSING_ON_TIME", 0, 0), ("PETITION_HANDLING_SATISFACTION", 0, 0), ("DOSSIER_RECEIVING_SATISFACTION", 0, 0));

        Assert.Equal(6m, Sub(breakdown, "PETITION_PROCESSING_ON_TIME").Points);
        Assert.Equal(6m, Sub(breakdown, "PETITION_HANDLING_SATISFACTION").Points);
        Assert.Equal(12m, Group(breakdown, "SATISFACTION").Points);
    }

    [Fact]
    public void SubIndicator_ZeroDenominator_EarnsNothingOrFullByItsRule()
    {
        var breakdown = Score(("SO_HOA_GIAY_TO_GIAI_QUYET", 0, 0), ("ELECTRONIC_CERTIFIED_COPY", 0, 0));

        Assert.Equal(0m, Sub(breakdown, "SO_HOA_GIAY_TO_GIAI_QUYET").Points);
        Assert.Null(Sub(breakdown, "SO_HOA_GIAY_TO_GIAI_QUYET").Rate);
        Assert.Equal(2m, Sub(breakdown, "ELECTRONIC_CERTIFIED_COPY").Points);
        Assert.Equal(2m, Group(breakdown, "DIGITISATION").Points);
        Assert.DoesNotContain("SO_HOA_GIAY_TO_GIAI_QUYET", breakdown.MissingCodes);
    }

    [Fact]
    public void Breakdown_NoFigureSent_EarnsNothingAndIsFlagged()
    {
        var breakdown = Score(("ON_TIME", 50, 100));

        Assert.Equal(10m, breakdown.Total);
        Assert.Contains("ELECTRONIC_CERTIFIED_COPY", breakdown.MissingCodes);
        Assert.Contains("PETITION_PROCESSING_ON_TIME", breakdown.MissingCodes);
        Assert.DoesNotContain("ON_TIME", breakdown.MissingCodes);
        Assert.DoesNotContain("OVERDUE", breakdown.MissingCodes);
        Assert.True(breakdown.HasAnyFigure);
        Assert.False(Score().HasAnyFigure);
    }

    [Fact]
    public void Breakdown_EveryRateFull_Totals100()
    {
        var figures = Rules.SubIndicators.ToDictionary(s => s.Code, s => s.IsRateOnly ? Index766Figure.FromRate(1m) : new Index766Figure(12, 12));
        figures["OVERDUE"] = new Index766Figure(0, 12);

        var breakdown = Index766Calculator.Score(Rules, figures);

        Assert.Equal(100m, breakdown.Total);
        Assert.Equal(100m, breakdown.MaxPoints);
        Assert.Equal([18m, 20m, 12m, 10m, 22m, 18m], breakdown.Groups.Select(g => g.Points));
        Assert.Empty(breakdown.WinBacks);
        Assert.Empty(breakdown.MissingCodes);
    }

    [Fact]
    public void Breakdown_ShownOnlySubIndicator_EarnsNothingEvenWithFigures()
    {
        var breakdown = Score(("OVERDUE", 7, 100), ("ON_TIME", 93, 100));

        Assert.Equal(0m, Sub(breakdown, "OVERDUE").Points);
        Assert.Equal(0.07m, Sub(breakdown, "OVERDUE").Rate);
        Assert.Equal(20m * 0.93m, Group(breakdown, "PROGRESS").Points);
    }

    [Fact]
    public void WinBack_535Of580Digitised_Needs45MoreFor0Point31InDigitisation()
    {
        var breakdown = Score(("SO_HOA_GIAY_TO_GIAI_QUYET", 535, 580));

        var winBack = Sub(breakdown, "SO_HOA_GIAY_TO_GIAI_QUYET").WinBack!;

        Assert.Equal(45, winBack.ItemsNeeded);
        Assert.Equal(4m - (4m * 535m / 580m), winBack.GroupPointsGained, 20);
        Assert.Equal(0.31m, Index766Calculator.RoundForDisplay(winBack.GroupPointsGained));
        Assert.Equal("Số hóa hồ sơ", winBack.GroupNameVi);
        Assert.Equal("hồ sơ số hóa", winBack.SubIndicator.NumeratorItemVi);
    }

    [Fact]
    public void WinBack_FullAt80Percent_CountsItemsToTheRateNotToAll()
    {
        var winBack = Sub(Score(("REUSED_DIGITIZED_DATA", 400, 587)), "REUSED_DIGITIZED_DATA").WinBack!;

        // ceil(0,8 × 587) = ceil(469,6) = 470, so 70 more; 2 − 2 × (400 ÷ 587) ÷ 0,8 = 0,2964…
        Assert.Equal(70, winBack.ItemsNeeded);
        Assert.Equal(0.30m, Index766Calculator.RoundForDisplay(winBack.GroupPointsGained));
    }

    [Fact]
    public void WinBack_PaymentGroupNearItsCap_GainsOnlyUpTo10()
    {
        var breakdown = Score(("PAYMENT_A", 5, 10), ("PAYMENT_B", 4, 4), ("PAYMENT_C", 3, 3));

        var winBack = Sub(breakdown, "PAYMENT_A").WinBack!;

        // 3 + 2 + 2,5 = 7,5 now; A at full gives 10,5, capped at 10.
        Assert.Equal(5, winBack.ItemsNeeded);
        Assert.Equal(2.5m, winBack.GroupPointsGained);
    }

    [Fact]
    public void WinBacks_RateOnlyZeroDenominatorAndFull_NotListedLargestGainFirst()
    {
        var breakdown = Index766Calculator.Score(Rules, new Dictionary<string, Index766Figure>
        {
            ["ONLINE_SERVICE"] = Index766Figure.FromRate(0.5m),
            ["SO_HOA_GIAY_TO_GIAI_QUYET"] = new(0, 0),
            ["DOSSIER_SYNC"] = new(10, 10),
            ["ON_TIME"] = new(90, 100),
            ["PUBLIC_CONTENT_FULL"] = new(1, 2),
        });

        Assert.Equal(6m, Sub(breakdown, "ONLINE_SERVICE").Points);
        Assert.Equal(["ON_TIME", "PUBLIC_CONTENT_FULL"], breakdown.WinBacks.Select(w => w.SubIndicator.Code));
        Assert.Equal([2m, 1m], breakdown.WinBacks.Select(w => w.GroupPointsGained));
        Assert.Equal([10L, 1L], breakdown.WinBacks.Select(w => w.ItemsNeeded));
    }

    [Fact]
    public void FigureFromRate_PortalPercentWithTwoDecimals_KeptExactly()
    {
        Assert.Equal(new Index766Figure(8857, Index766RuleSet.RateScale), Index766Figure.FromRate(0.8857m));
        Assert.Throws<ArgumentOutOfRangeException>(() => Index766Figure.FromRate(-0.1m));
    }

    private static Index766Breakdown Score(params (string Code, long Numerator, long Denominator)[] figures) =>
        Index766Calculator.Score(Rules, figures.ToDictionary(f => f.Code, f => new Index766Figure(f.Numerator, f.Denominator)));

    private static Index766GroupScore Group(Index766Breakdown breakdown, string code) => breakdown.Groups.Single(g => g.Group.Code == code);

    private static Index766SubIndicatorScore Sub(Index766Breakdown breakdown, string code) =>
        breakdown.Groups.SelectMany(g => g.SubIndicators).Single(s => s.SubIndicator.Code == code);
}
