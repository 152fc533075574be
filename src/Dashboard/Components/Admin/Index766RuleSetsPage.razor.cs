using TargetsDashboard.Dashboard.ViewModels.Index766;
using TargetsDashboard.Data.Index766;

namespace TargetsDashboard.Dashboard.Components.Admin;

/// <summary>The administrator sees each stored 766 rule set and changes its numbers, source and months in force.</summary>
public partial class Index766RuleSetsPage
{
    private IReadOnlyList<Index766RuleSetForm> _forms = [];

    [Inject]
    private Index766Administration Administration { get; set; } = null!;

    protected override Task OnInitializedAsync() => ReloadAsync();

    private async Task ReloadAsync() => _forms = [.. (await Administration.ListRuleSetsAsync()).Select(r => new Index766RuleSetForm(r))];

    private Task SaveAsync(Index766RuleSetForm form)
    {
        var (ruleSet, unreadable) = form.ToRuleSet();
        return RunSaveAsync(
            async () => ruleSet is null
                ? unreadable
                : await WriteAsync("bộ chỉ số 766", user => Administration.SaveRuleSetAsync(form.Id, form.Version, ruleSet, user)),
            () => $"Đã lưu bộ chỉ số 766 áp dụng từ tháng {ruleSet!.EffectiveFrom}; các trang chỉ số 766 tính điểm theo các con số mới.",
            saved => saved ? ReloadAsync() : Task.CompletedTask);
    }
}
