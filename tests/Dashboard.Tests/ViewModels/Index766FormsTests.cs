using TargetsDashboard.Dashboard.ViewModels.Index766;
using TargetsDashboard.Data.Index766;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Dashboard.Tests;

/// <summary>The 766 edit forms turn what the administrator typed (percent, month inputs) into the stored values.</summary>
public class Index766FormsTests
{
    [Fact]
    public void RuleSetForm_PercentAndZeroRuleEdited_GivesTheFractionAndRuleWithNamesKept()
    {
        var stored = new StoredIndex766RuleSet(1, 3, Index766RuleSet.Portal2025, "quantri", new DateTime(2026, 12, 3, 9, 0, 0, DateTimeKind.Utc));
        var form = new Index766RuleSetForm(stored);
        var sub = form.Groups.SelectMany(g => g.SubIndicators).First(s => s.IsScored);
        Assert.Equal(Index766RuleSet.Portal2025.Find(sub.Code)!.FullAt * 100m, sub.FullAtPercent);

        sub.FullAtPercent = 85m;
        sub.ZeroEarnsFull = true;
        form.ToMonth = "2026-06";
        var (ruleSet, refusal) = form.ToRuleSet();

        Assert.Null(refusal);
        var edited = ruleSet!.Find(sub.Code)!;
        Assert.Equal(0.85m, edited.FullAt);
        Assert.Equal(ZeroDenominatorRule.EarnsFull, edited.ZeroDenominator);
        Assert.Equal(Index766RuleSet.Portal2025.Find(sub.Code)!.NameVi, edited.NameVi);
        Assert.Equal(new YearMonth(2026, 6), ruleSet.EffectiveTo);
        Assert.Equal("Sửa lần cuối bởi quantri lúc 03/12/2026 16:00", form.UpdatedText);
    }

    [Theory]
    [InlineData("", "Cần chọn tháng bắt đầu hiệu lực (từ 01/2000 đến 12/2099).")]
    [InlineData("1999-12", "Cần chọn tháng bắt đầu hiệu lực (từ 01/2000 đến 12/2099).")]
    public void RuleSetForm_MonthOutsideRange_IsRefused(string from, string message)
    {
        var form = new Index766RuleSetForm(new StoredIndex766RuleSet(1, 1, Index766RuleSet.Portal2025, string.Empty, default)) { FromMonth = from };

        Assert.Equal(message, form.ToRuleSet().Refusal);
    }

    [Fact]
    public void NationalRankForm_AfterLatestEntry_StartsAtTheNextMonthOutOfAsMany()
    {
        var form = new NationalRankForm();
        form.StartFrom(new NationalRankEntry(new YearMonth(2025, 12), 20, 34, null, "Cổng DVCQG"));

        Assert.Equal("2026-01", form.Month);
        Assert.Equal(34, form.OutOf);
        Assert.Equal("Cần chọn tháng (từ 01/2000 đến 12/2099).", new NationalRankForm { Month = "2100-01" }.ToEntry().Refusal);
    }
}
