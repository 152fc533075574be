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

public sealed class PeriodRangeTests
{
    [Theory]
    [InlineData("1900-01")]
    [InlineData("1999-12")]
    [InlineData("2100-01")]
    [InlineData("9999-12")]
    [InlineData("0000-00")]
    [InlineData("1900")]
    [InlineData("9999")]
    [InlineData("1900-Q1")]
    [InlineData("9999-Q4")]
    [InlineData("1900-YTD01")]
    [InlineData("9999-YTD12")]
    public void Period_TokenOutsideSupportedRange_IsRejected(string token)
    {
        Assert.False(Period.TryParseToken(token, out _));
        Assert.False(YearMonth.TryParseIso(token, out _));
    }

    [Theory]
    [InlineData("2000-01")]
    [InlineData("2099-12")]
    [InlineData("2000")]
    [InlineData("2099")]
    [InlineData("2000-Q1")]
    [InlineData("2099-Q4")]
    [InlineData("2000-YTD01")]
    [InlineData("2099-YTD12")]
    public void Period_EdgeOfSupportedRange_StepsTwoYearsEitherWay(string token)
    {
        Assert.True(Period.TryParseToken(token, out var period));

        // What the pages do with a period: the one before it, and two years of history or of months ahead.
        Assert.Equal(period.Kind, period.Previous().Kind);
        Assert.Equal(period.Start.Index - YearMonth.MaxStepMonths, period.Start.AddMonths(-YearMonth.MaxStepMonths).Index);
        Assert.Equal(period.End.Index + YearMonth.MaxStepMonths, period.End.AddMonths(YearMonth.MaxStepMonths).Index);
    }

    [Fact]
    public void YearMonth_SupportedRange_IsNamedInVietnamese()
    {
        Assert.Equal("01/2000", YearMonth.FirstSupported.ToString());
        Assert.Equal("12/2099", YearMonth.LastSupported.ToString());
        Assert.True(YearMonth.IsSupported(new YearMonth(2025, 10)));
        Assert.False(YearMonth.IsSupported(new YearMonth(1999, 12)));
    }
}
