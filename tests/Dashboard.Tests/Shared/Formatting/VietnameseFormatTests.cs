using TargetsDashboard.Formatting;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Dashboard.Tests.Formatting;

/// <summary>The one formatter every page, PDF and workbook writes with: what a Vietnamese reader sees.</summary>
public class VietnameseFormatTests
{
    [Theory]
    [InlineData("0.734", "73,4%")]
    [InlineData("0.7", "70,0%")]
    [InlineData("12.345", "1.234,5%")]
    [InlineData("0", "0,0%")]
    public void Percent_Ratio_HasVietnameseSeparatorsAndOneDecimal(string ratio, string expected) =>
        Assert.Equal(expected, VietnameseFormat.Percent(decimal.Parse(ratio, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Percent_Unknown_SaysSoAndIsNeverZero()
    {
        Assert.Equal("Chưa có số liệu", VietnameseFormat.Percent(null));
        Assert.NotEqual(VietnameseFormat.Percent(0m), VietnameseFormat.Percent(null));
    }

    [Fact]
    public void Percent_WholeDecimals_RoundsToWholePercent() => Assert.Equal("75%", VietnameseFormat.Percent(0.75m, 0));

    [Fact]
    public void Count_Thousands_GroupedWithDots()
    {
        Assert.Equal("1.234.567", VietnameseFormat.Count(1_234_567));
        Assert.Equal("0", VietnameseFormat.Count(0));
        Assert.Equal("–", VietnameseFormat.Count(null));
    }

    [Fact]
    public void Score_OneDecimal_CommaAndGroupedThousands()
    {
        Assert.Equal("87,5", VietnameseFormat.Score(87.5m));
        Assert.Equal("1.234,5", VietnameseFormat.Score(1234.5m));
        Assert.Equal("–", VietnameseFormat.Score(null));
    }

    [Fact]
    public void Threshold_WholeOrFractionalPercent_WithItsComparison()
    {
        Assert.Equal("≥ 70%", VietnameseFormat.Threshold(0.7m));
        Assert.Equal("> 72,5%", VietnameseFormat.Threshold(0.725m, Comparison.GreaterThan));
        Assert.Equal("Chưa có chỉ tiêu", VietnameseFormat.Threshold((decimal?)null));
        Assert.Equal("Chưa có chỉ tiêu", VietnameseFormat.Threshold((TargetRule?)null));
    }

    [Theory]
    [InlineData("2.34", "+2,3 điểm", "+2,3")]
    [InlineData("-1", "−1,0 điểm", "−1,0")]
    [InlineData("0.04", "không đổi", "0,0")]
    [InlineData("-0.04", "không đổi", "0,0")]
    public void ChangePoints_Signed_PageSaysPointsAndTableCellIsBare(string points, string page, string cell)
    {
        var value = decimal.Parse(points, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(page, VietnameseFormat.ChangePoints(value));
        Assert.Equal(cell, VietnameseFormat.ChangePointsCell(value));
    }

    [Fact]
    public void ChangePoints_Unknown_NothingOnAPageAndADashInATable()
    {
        Assert.Null(VietnameseFormat.ChangePoints(null));
        Assert.Equal("–", VietnameseFormat.ChangePointsCell(null));
    }

    [Fact]
    public void Status_EachStatus_InWords()
    {
        Assert.Equal("Đạt", VietnameseFormat.Status(KpiStatus.Met));
        Assert.Equal("Chưa đạt", VietnameseFormat.Status(KpiStatus.NotMet));
        Assert.Equal("Không xác định", VietnameseFormat.Status(KpiStatus.Unknown));
    }

    [Fact]
    public void RankChange_UpDownSameUnknown_MarkAndWords()
    {
        Assert.Equal(["▲ 3", "▼ 1", "–", ""], new int?[] { 3, -1, 0, null }.Select(VietnameseFormat.RankChange));
        Assert.Equal(["tăng 3 bậc", "giảm 1 bậc", "giữ nguyên thứ hạng", null], new int?[] { 3, -1, 0, null }.Select(VietnameseFormat.RankChangeText));
    }

    [Fact]
    public void PeerGroup_LabelAndInSentence_SameWordsDifferentCase()
    {
        Assert.Equal("Xã, phường", VietnameseFormat.PeerGroup(PeerGroup.CommunesAndWards));
        Assert.Equal("sở, ban, ngành", VietnameseFormat.PeerGroupInSentence(PeerGroup.Departments));
        Assert.Equal("Tất cả đơn vị", VietnameseFormat.PeerGroup(null));
    }

    [Fact]
    public void Month_October2025_IsMonthSlashYear() => Assert.Equal("10/2025", VietnameseFormat.Month(new YearMonth(2025, 10)));

    [Fact]
    public void PeriodName_EachKind_AsAVietnameseReaderNamesIt()
    {
        Assert.Equal("Tháng 03/2025", VietnameseFormat.PeriodName(Period.ForMonth(new YearMonth(2025, 3))));
        Assert.Equal("Quý III/2025", VietnameseFormat.PeriodName(Period.ForQuarter(2025, 3)));
        Assert.Equal("Quý IV/2024", VietnameseFormat.PeriodName(Period.ForQuarter(2024, 4)));
        Assert.Equal("Năm 2025", VietnameseFormat.PeriodName(Period.ForYear(2025)));
        Assert.Equal("Từ đầu năm đến 10/2025", VietnameseFormat.PeriodName(Period.YearToDate(new YearMonth(2025, 10))));
        Assert.Equal("Chưa có kỳ báo cáo", VietnameseFormat.PeriodName(null));
    }

    [Fact]
    public void Date_DayMonthYear_WithLeadingZeros()
    {
        Assert.Equal("05/03/2025", VietnameseFormat.Date(new DateOnly(2025, 3, 5)));
        Assert.Equal("05/03/2025", VietnameseFormat.Date(new DateTime(2025, 3, 5, 23, 10, 0, DateTimeKind.Unspecified)));
        Assert.Equal("Đồng Nai, ngày 05 tháng 11 năm 2025", VietnameseFormat.PlaceDate("Đồng Nai", new DateOnly(2025, 11, 5)));
    }

    [Fact]
    public void LocalDateTime_StoredUtcJustBeforeAndAfterVietnamMidnight_TurnsTheDay()
    {
        // SQLite hands stored UTC times back unspecified; they are read as UTC all the same.
        var before = new DateTime(2026, 11, 23, 16, 59, 0, DateTimeKind.Unspecified);
        var after = new DateTime(2026, 11, 23, 17, 0, 0, DateTimeKind.Utc);

        Assert.Equal("23/11/2026 23:59", VietnameseFormat.LocalDateTime(before));
        Assert.Equal("24/11/2026 00:00", VietnameseFormat.LocalDateTime(after));
        Assert.Equal("00:00 24/11/2026", VietnameseFormat.LocalTimeThenDate(after));
    }

    [Fact]
    public void Today_ClockAroundMidnightInVietnam_IsTheVietnameseDate()
    {
        var lateEvening = new FixedClock(new DateTimeOffset(2025, 12, 31, 16, 59, 59, TimeSpan.Zero));
        var pastMidnight = new FixedClock(new DateTimeOffset(2025, 12, 31, 17, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2025, 12, 31), Vietnam.Today(lateEvening));
        Assert.Equal(new DateOnly(2026, 1, 1), Vietnam.Today(pastMidnight));
        Assert.Equal(new DateTime(2026, 1, 1, 0, 0, 0), Vietnam.Now(pastMidnight));
    }

    [Fact]
    public void Upper_VietnameseMarks_KeptInCapitals() => Assert.Equal("ỦY BAN NHÂN DÂN PHƯỜNG BIÊN HÒA", VietnameseFormat.Upper("Ủy ban nhân dân phường Biên Hòa"));

    /// <summary>A clock stopped at one instant: the real <see cref="TimeProvider"/> contract, no mocking library.</summary>
    private sealed class FixedClock(DateTimeOffset utcNow) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => utcNow;
    }
}
