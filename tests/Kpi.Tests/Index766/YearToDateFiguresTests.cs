using System.Globalization;
using static TargetsDashboard.Kpi.Tests.TestData;

namespace TargetsDashboard.Kpi.Tests.Index766;

/// <summary>The portal's year-to-date figures turned into months by difference.</summary>
public sealed class YearToDateFiguresTests
{
    private const string Digitised = "SO_HOA_GIAY_TO_GIAI_QUYET";
    private static readonly Index766RuleSet Rules = Index766RuleSet.Portal2025;

    [Fact]
    public void ToMonth_January_IsTheYearToDateItself()
    {
        var conversion = YearToDateFigures.ToMonth(M(2025, 1), [Fig(Commune, Digitised, 2025, 1, 40, 50)], [Fig(Commune, Digitised, 2024, 12, 900, 1000)], DefaultUnits, Rules);

        Assert.True(conversion.IsAccepted);
        Assert.Equal([Fig(Commune, Digitised, 2025, 1, 40, 50)], conversion.Monthly);
    }

    [Fact]
    public void ToMonth_March_IsMarchLessFebruaryYearToDate()
    {
        var conversion = YearToDateFigures.ToMonth(
            M(2025, 3),
            [Fig(Commune, Digitised, 2025, 3, 150, 200), Fig(Ward, "ON_TIME", 2025, 3, 300, 310)],
            [
                Fig(Commune, Digitised, 2025, 2, 120, 130),
                Fig(Ward, "ON_TIME", 2025, 2, 300, 300),
                Fig(Commune, Digitised, 2025, 1, 50, 60),
            ],
            DefaultUnits,
            Rules);

        Assert.True(conversion.IsAccepted);
        Assert.Equal([Fig(Commune, Digitised, 2025, 3, 30, 70), Fig(Ward, "ON_TIME", 2025, 3, 0, 10)], conversion.Monthly);
    }

    [Fact]
    public void ToMonth_YearToDateBelowPreviousMonth_RefusedNamingUnitAndSubIndicator()
    {
        var conversion = YearToDateFigures.ToMonth(
            M(2025, 3),
            [Fig(Commune, Digitised, 2025, 3, 120, 200), Fig(Ward, "ON_TIME", 2025, 3, 20, 20)],
            [Fig(Commune, Digitised, 2025, 2, 130, 150), Fig(Ward, "ON_TIME", 2025, 2, 10, 10)],
            DefaultUnits,
            Rules);

        Assert.False(conversion.IsAccepted);
        var refusal = Assert.Single(conversion.Refusals);
        Assert.Equal(Commune, refusal.UnitId);
        Assert.Equal(
            "Xã An Bình, chỉ tiêu Hồ sơ thực hiện số hóa hồ sơ: tử số lũy kế tháng 3/2025 (120) nhỏ hơn tháng 2/2025 (130).",
            refusal.MessageVi);
        Assert.Equal([Fig(Ward, "ON_TIME", 2025, 3, 10, 10)], conversion.Monthly);
    }

    [Fact]
    public void ToMonth_DenominatorBelowPrevious_RefusedWithTheCallersCountFormat()
    {
        var vi = CultureInfo.GetCultureInfo("vi-VN");

        var conversion = YearToDateFigures.ToMonth(
            M(2025, 6),
            [Fig(Department, "ON_TIME", 2025, 6, 1500, 1500)],
            [Fig(Department, "ON_TIME", 2025, 5, 1400, 1600)],
            DefaultUnits,
            Rules,
            n => n.ToString("N0", vi));

        Assert.Equal(
            "Sở Tư pháp, chỉ tiêu Hồ sơ giải quyết đúng hạn và trước hạn: mẫu số lũy kế tháng 6/2025 (1.500) nhỏ hơn tháng 5/2025 (1.600).",
            Assert.Single(conversion.Refusals).MessageVi);
        Assert.Empty(conversion.Monthly);
    }

    [Fact]
    public void ToMonth_PreviousMonthMissing_RefusedUnlessTheUnitStartedThisMonth()
    {
        UnitInfo[] units =
        [
            new(Commune, "X01", "Xã An Bình", UnitKind.Commune),
            new(Ward, "P01", "Phường Bửu Long", UnitKind.Ward, ActiveFrom: M(2025, 7)),
        ];

        var conversion = YearToDateFigures.ToMonth(
            M(2025, 7),
            [Fig(Commune, Digitised, 2025, 7, 10, 20), Fig(Ward, Digitised, 2025, 7, 5, 8)],
            [],
            units,
            Rules);

        Assert.Equal(
            "Xã An Bình, chỉ tiêu Hồ sơ thực hiện số hóa hồ sơ: chưa có số lũy kế tháng 6/2025 để tính số của tháng 7/2025.",
            Assert.Single(conversion.Refusals).MessageVi);
        Assert.Equal([Fig(Ward, Digitised, 2025, 7, 5, 8)], conversion.Monthly);
    }

    [Fact]
    public void ToMonth_RateOnlyUnknownCodeAndDuplicate_KeptApartOrRefused()
    {
        var rate = Fig(Commune, "ONLINE_SERVICE", 2025, 1, 8857, Index766RuleSet.RateScale);

        var conversion = YearToDateFigures.ToMonth(
            M(2025, 1),
            [rate, Fig(Commune, "KHONG_CO", 2025, 1, 1, 1), Fig(Ward, Digitised, 2025, 1, 1, 2), Fig(Ward, Digitised, 2025, 1, 1, 3)],
            [],
            DefaultUnits,
            Rules);

        Assert.Equal([rate], conversion.RateOnly);
        Assert.Equal(
            [
                "Xã An Bình, chỉ tiêu KHONG_CO: không có trong bộ chỉ số 766.",
                "Phường Bửu Long, chỉ tiêu Hồ sơ thực hiện số hóa hồ sơ: có hơn một số lũy kế tháng 1/2025.",
            ],
            conversion.Refusals.Select(r => r.MessageVi));
        Assert.Equal([Fig(Ward, Digitised, 2025, 1, 1, 2)], conversion.Monthly);
    }

    [Fact]
    public void ToMonth_FigureOfAnotherMonth_Refused()
    {
        Assert.Throws<ArgumentException>(() =>
            YearToDateFigures.ToMonth(M(2025, 3), [Fig(Commune, Digitised, 2025, 2, 1, 1)], [], DefaultUnits, Rules));
    }
}
