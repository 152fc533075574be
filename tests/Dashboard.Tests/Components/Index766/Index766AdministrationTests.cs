using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TargetsDashboard.Data;
using TargetsDashboard.Data.Index766;
using TargetsDashboard.Formatting;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Dashboard.Tests;

/// <summary>
/// The administrator's 766 rule set page and the office's national rank entry, over the demo database: a saved number
/// rescores the 766 pages, a value out of range is refused with its message and writes nothing, a rank entered shows
/// on the province's tile, and neither form is served to leadership or a unit.
/// </summary>
public class Index766AdministrationTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    private static readonly Period YearToOctober = Period.YearToDate(new YearMonth(2025, 10));

    [Fact]
    public async Task SaveRuleSet_SubIndicatorMaximumRaised_HomePageShowsTheEnginesNewGroupPoints()
    {
        var before = (await Index766Async()).ProvinceBreakdown(YearToOctober)!;
        // A plain-sum group's sub-indicator that earns points: raising its maximum raises the group's points.
        var group = before.Groups.First(g => g.Group.FormulaVi is null && g.SubIndicators.Any(s => s.Points > 0m));
        var sub = group.SubIndicators.Where(s => s.Points > 0m).MaxBy(s => s.Points)!;
        var stored = (await Administration.ListRuleSetsAsync()).Single();
        var edited = stored.RuleSet with
        {
            Groups = [.. stored.RuleSet.Groups.Select(g => g.Code != group.Group.Code ? g : g with
            {
                MaxPoints = g.MaxPoints + 2m,
                SubIndicators = [.. g.SubIndicators.Select(s => s.Code == sub.SubIndicator.Code ? s with { MaxPoints = s.MaxPoints + 2m } : s)],
            })],
        };

        var refusal = await Administration.SaveRuleSetAsync(stored.Id, stored.Version, edited, "quantri");

        Assert.Null(refusal);
        var after = (await Index766Async()).ProvinceBreakdown(YearToOctober)!;
        var newGroup = after.Groups.Single(g => g.Group.Code == group.Group.Code);
        Assert.Equal(group.MaxPoints + 2m, newGroup.MaxPoints);
        Assert.True(newGroup.Points > group.Points, "The raised maximum must raise the group's points.");
        var html = await factory.PageTextAsync("/chi-so-766?ky=2025-YTD10");
        var row = Slice(html, $"data-testid=\"group-{group.Group.Code}\"", "</tr>");
        Assert.Equal(VietnameseFormat.Points766(newGroup.Points), TextOf(row, "points"));
        Assert.Contains($">{VietnameseFormat.MaxPoints766(newGroup.MaxPoints)}<", row, StringComparison.Ordinal);
        Assert.Equal(VietnameseFormat.Points766(after.Total), TextOf(html, "province-total"));
        Assert.Equal(1, await AuditCountAsync("Index766RuleSetRecord", "quantri"));
    }

    [Theory]
    [InlineData("rate", "phải lớn hơn 0% và không quá 100% (đã nhập 120%).")]
    [InlineData("negative", "phải từ 0 đến 100 (đã nhập -1).")]
    [InlineData("group", "phải bằng tổng điểm tối đa của chúng")]
    [InlineData("months", "Tháng hết hiệu lực phải từ tháng bắt đầu hiệu lực trở đi.")]
    public async Task SaveRuleSet_OutOfRange_IsRefusedWithItsMessageAndNothingIsWritten(string change, string message)
    {
        var stored = (await Administration.ListRuleSetsAsync()).Single();
        var plain = stored.RuleSet.Groups.First(g => g.FormulaVi is null);
        var scored = plain.SubIndicators.First(s => s.IsScored);
        Index766Group Edit(Func<Index766SubIndicator, Index766SubIndicator> change) =>
            plain with { SubIndicators = [.. plain.SubIndicators.Select(s => s == scored ? change(s) : s)] };
        var group = change switch
        {
            "rate" => Edit(s => s with { FullAt = 1.2m }),
            "negative" => Edit(s => s with { MaxPoints = -1m }),
            "group" => plain with { MaxPoints = plain.MaxPoints + 1m },
            _ => plain,
        };
        var edited = stored.RuleSet with
        {
            Groups = [.. stored.RuleSet.Groups.Select(g => g.Code == plain.Code ? group : g)],
            EffectiveTo = change == "months" ? stored.RuleSet.EffectiveFrom.AddMonths(-1) : stored.RuleSet.EffectiveTo,
        };
        var rulesBefore = await RulesJsonAsync();

        var refusal = await Administration.SaveRuleSetAsync(stored.Id, stored.Version, edited, "quantri");

        Assert.NotNull(refusal);
        Assert.Contains(message, refusal, StringComparison.Ordinal);
        Assert.Equal(rulesBefore, await RulesJsonAsync());
        Assert.Equal(stored.Version, (await Administration.ListRuleSetsAsync()).Single().Version);
    }

    [Fact]
    public void StoredPortalRuleSet_PassesItsOwnChecks()
    {
        Assert.Null(Index766RuleSetChecks.Refusal(Index766RuleSet.Portal2025, Index766RuleSet.Portal2025, []));
    }

    [Fact]
    public async Task SaveNationalRank_Entered_AppearsOnTheProvinceTileWithItsSourceAndActor()
    {
        var entry = new NationalRankEntry(new YearMonth(2025, 10), 12, 34, 71.25m, "Cổng DVCQG, trang đánh giá 766, xem ngày 05/11/2025");

        var refusal = await Administration.SaveNationalRankAsync(entry, DashboardFactory.Office);

        Assert.Null(refusal);
        var html = await factory.PageTextAsync("/chi-so-766?ky=2025-YTD10");
        var tile = Slice(html, "data-testid=\"national-rank\"", "</section>");
        Assert.Equal(VietnameseFormat.OutOf(12, 34), TextOf(tile, "national-rank-value"));
        Assert.Contains(VietnameseFormat.Points766(71.25m), tile, StringComparison.Ordinal);
        Assert.Contains("Nguồn: " + entry.Source, tile, StringComparison.Ordinal);
        var list = await factory.PageTextAsync("/chi-so-766/thu-hang-toan-quoc");
        Assert.Contains(VietnameseFormat.OutOf(12, 34), Slice(list, "data-testid=\"rank-row-2025-10\"", "</tr>"), StringComparison.Ordinal);
        Assert.True(await AuditCountAsync("NationalRank", DashboardFactory.Office) >= 1);
    }

    [Theory]
    [InlineData(35, 34, null, "Thứ hạng phải từ 1 đến 34")]
    [InlineData(0, 34, null, "Thứ hạng phải từ 1 đến 34")]
    [InlineData(1, 101, null, "Số tỉnh, thành phố được xếp hạng phải từ 1 đến 100.")]
    [InlineData(3, 34, 100.5, "Điểm của tỉnh phải từ 0 đến 100")]
    public async Task SaveNationalRank_OutOfRange_IsRefusedAndNothingIsWritten(int rank, int outOf, double? score, string message)
    {
        var entry = new NationalRankEntry(new YearMonth(2025, 9), rank, outOf, (decimal?)score, "Cổng DVCQG");

        var refusal = await Administration.SaveNationalRankAsync(entry, DashboardFactory.Office);

        Assert.NotNull(refusal);
        Assert.Contains(message, refusal, StringComparison.Ordinal);
        Assert.DoesNotContain(await Administration.ListNationalRanksAsync(), r => r.Month == entry.Month);
    }

    [Theory]
    [InlineData("lanhdao")]
    [InlineData("so-tu-phap")]
    [InlineData("phuong-bien-hoa")]
    public async Task Forms_LeaderOrUnitHead_AreRefusedOnTheServerAndNotOffered(string user)
    {
        using var client = await factory.SignedInClientAsync(user, followRedirects: false);

        foreach (var url in new[] { "/quan-tri/chi-so-766", "/chi-so-766/thu-hang-toan-quoc" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(new Uri(url, UriKind.Relative))).StatusCode);
        }

        var home = await client.GetStringAsync(new Uri("/chi-so-766?ky=2025-YTD10", UriKind.Relative));
        Assert.DoesNotContain("data-testid=\"national-rank-entry\"", home, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"national-rank-entry\"", await factory.PageTextAsync("/chi-so-766?ky=2025-YTD10"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RuleSetPage_Administrator_ShowsEachGroupAndSubIndicatorWithSourceAndTotal()
    {
        var stored = (await Administration.ListRuleSetsAsync()).Single();

        var html = await factory.PageTextAsync("/quan-tri/chi-so-766", "quantri");

        Assert.Contains(stored.RuleSet.Source, html, StringComparison.Ordinal);
        Assert.Equal(VietnameseFormat.MaxPoints766(stored.RuleSet.MaxPoints), TextOf(html, "total-max"));
        foreach (var sub in stored.RuleSet.SubIndicators)
        {
            Assert.Contains($"data-testid=\"sub-{sub.Code}\"", html, StringComparison.Ordinal);
        }
    }

    private Index766Administration Administration => factory.Services.GetRequiredService<Index766Administration>();

    private async Task<Index766Snapshot> Index766Async() =>
        (await factory.Services.GetRequiredService<KpiDataSource>().GetAsync()).Index766!;

    private async Task<string> RulesJsonAsync()
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<TargetsDbContext>>().CreateDbContextAsync();
        return await db.Index766RuleSets.Select(r => r.RulesJson).SingleAsync();
    }

    private async Task<int> AuditCountAsync(string entityType, string user)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<TargetsDbContext>>().CreateDbContextAsync();
        return await db.AuditLog.CountAsync(a => a.EntityType == entityType && a.UserName == user);
    }

    private static string TextOf(string html, string testId)
    {
        var match = System.Text.RegularExpressions.Regex.Match(html, $"data-testid=\"{testId}\"[^>]*>(?:<[^>]+>)*([^<]*)");
        Assert.True(match.Success, $"No element {testId}.");
        return match.Groups[1].Value;
    }

    private static string Slice(string html, string marker, string end)
    {
        var start = html.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"Marker {marker} not found.");
        var stop = html.IndexOf(end, start + marker.Length, StringComparison.Ordinal);
        return stop < 0 ? html[start..] : html[start..stop];
    }
}
