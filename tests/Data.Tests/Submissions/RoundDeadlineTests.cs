using TargetsDashboard.Data.Submissions.Deadlines;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Data.Tests.Submissions;

public class RoundDeadlineTests
{
    private static readonly YearMonth October = new(2025, 10);

    /// <summary>A Vietnam wall-clock time (UTC+7) as the UTC instant the server stores.</summary>
    private static DateTime Vietnam(int year, int month, int day, int hour, int minute, int second = 0) =>
        new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).AddHours(-7);

    [Fact]
    public void For_DefaultDay_IsTheFifthOfTheFollowingMonth()
    {
        Assert.Equal(new DateOnly(2025, 11, 5), RoundDeadline.For(October, RoundDeadline.DefaultDay, null).LastDay);
        Assert.Equal(new DateOnly(2026, 1, 5), RoundDeadline.For(new YearMonth(2025, 12), RoundDeadline.DefaultDay, null).LastDay);
    }

    [Fact]
    public void For_MonthOverride_WinsOverTheDefaultDay()
    {
        var deadline = RoundDeadline.For(October, 5, new DateOnly(2025, 11, 10));

        Assert.Equal(new DateOnly(2025, 11, 10), deadline.LastDay);
        Assert.True(deadline.IsOverride);
    }

    [Theory]
    [InlineData(5, 23, 59, 0, 0)]
    [InlineData(5, 23, 59, 59, 0)]
    [InlineData(6, 0, 0, 0, 1)]
    [InlineData(6, 23, 59, 59, 1)]
    [InlineData(7, 0, 0, 0, 2)]
    [InlineData(1, 8, 0, 0, 0)]
    public void DaysLateAt_AroundMidnightInVietnam_CountsFromTheDayAfterTheDeadline(int day, int hour, int minute, int second, int expected)
    {
        var deadline = RoundDeadline.For(October, RoundDeadline.DefaultDay, null);

        Assert.Equal(expected, deadline.DaysLateAt(Vietnam(2025, 11, day, hour, minute, second)));
    }

    [Fact]
    public void DaysLateAt_MidnightInVietnamIsFivePmUtc_TheUtcDateDoesNotDecide()
    {
        var deadline = RoundDeadline.For(October, RoundDeadline.DefaultDay, null);

        // 17:00 UTC on the 5th is already 00:00 on the 6th in Vietnam: late, although the UTC date is still the 5th.
        Assert.True(deadline.IsLateAt(new DateTime(2025, 11, 5, 17, 0, 0, DateTimeKind.Utc)));
        Assert.False(deadline.IsLateAt(new DateTime(2025, 11, 5, 16, 59, 59, DateTimeKind.Utc)));
    }
}
