namespace TargetsDashboard.Kpi.Tests;

public sealed class PeriodTests
{
    [Theory]
    [InlineData("2025-10", PeriodKind.Month, "2025-10", "2025-10")]
    [InlineData("2025-Q3", PeriodKind.Quarter, "2025-07", "2025-09")]
    [InlineData("2025", PeriodKind.Year, "2025-01", "2025-12")]
    [InlineData("2025-YTD10", PeriodKind.YearToDate, "2025-01", "2025-10")]
    public void Period_Token_RoundTrips(string token, PeriodKind kind, string start, string end)
    {
        Assert.True(Period.TryParseToken(token, out var period));

        Assert.Equal(kind, period.Kind);
        Assert.Equal(start, period.Start.ToIsoString());
        Assert.Equal(end, period.End.ToIsoString());
        Assert.Equal(token, period.ToToken());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("2025-13")]
    [InlineData("2025-00")]
    [InlineData("2025-Q0")]
    [InlineData("2025-Q5")]
    [InlineData("2025-YTD13")]
    [InlineData("2025-YTD00")]
    [InlineData("25")]
    [InlineData("abcd")]
    [InlineData("1899")]
    [InlineData("2025-10-01")]
    [InlineData("2025-q3")]
    public void Period_InvalidToken_IsRejected(string? token)
    {
        Assert.False(Period.TryParseToken(token, out _));
    }

    [Fact]
    public void Period_Previous_IsSameKindJustBefore()
    {
        Assert.Equal(Period.ForMonth(new YearMonth(2024, 12)), Period.ForMonth(new YearMonth(2025, 1)).Previous());
        Assert.Equal(Period.ForQuarter(2024, 4), Period.ForQuarter(2025, 1).Previous());
        Assert.Equal(Period.ForQuarter(2025, 2), Period.ForQuarter(2025, 3).Previous());
        Assert.Equal(Period.ForYear(2024), Period.ForYear(2025).Previous());
        Assert.Equal(Period.YearToDate(new YearMonth(2024, 10)), Period.YearToDate(new YearMonth(2025, 10)).Previous());
    }

    [Fact]
    public void YearMonth_AddMonths_CrossesYearBoundary()
    {
        var november = new YearMonth(2024, 11);

        Assert.Equal(new YearMonth(2025, 2), november.AddMonths(3));
        Assert.Equal(new YearMonth(2024, 12), new YearMonth(2025, 1).AddMonths(-1));
        Assert.Equal(12, new YearMonth(2025, 3).Index - new YearMonth(2024, 3).Index);
        Assert.Equal(4, november.Quarter);
        Assert.True(new YearMonth(2024, 12) < new YearMonth(2025, 1));
        Assert.Equal("02/2025", november.AddMonths(3).ToString());
    }

    [Fact]
    public void Period_QuarterMonths_ListsThreeMonthsInOrder()
    {
        Assert.Equal(
            ["2025-10", "2025-11", "2025-12"],
            Period.ForQuarter(2025, 4).Months.Select(m => m.ToIsoString()));
    }
}
