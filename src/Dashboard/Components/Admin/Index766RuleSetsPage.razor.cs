using TargetsDashboard.Dashboard.ViewModels.Index766;
using TargetsDashboard.Dashboard.Writes;
using TargetsDashboard.Data.Auditing;
using TargetsDashboard.Data.Index766;

namespace TargetsDashboard.Dashboard.Components.Admin;

/// <summary>The administrator sees each stored 766 rule set and changes its numbers, source and months in force.</summary>
public partial class Index766RuleSetsPage
{
    private IReadOnlyList<Index766RuleSetForm> _forms = [];
    private string? _message;
    private bool _messageIsError;
    private bool _busy;

    [Inject]
    private Index766Administration Administration { get; set; } = null!;

    [Inject]
    private WriteGuard Writes { get; set; } = null!;

    [Inject]
    private ICurrentActor Actor { get; set; } = null!;

    protected override Task OnInitializedAsync() => ReloadAsync();

    private async Task ReloadAsync() => _forms = [.. (await Administration.ListRuleSetsAsync()).Select(r => new Index766RuleSetForm(r))];

    private async Task SaveAsync(Index766RuleSetForm form)
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        try
        {
            var (ruleSet, unreadable) = form.ToRuleSet();
            string? error = unreadable;
            if (ruleSet is not null)
            {
                var (refusal, failure) = await Writes.RunAsync(
                    "bộ chỉ số 766",
                    async () => await Administration.SaveRuleSetAsync(form.Id, form.Version, ruleSet, await Actor.GetNameAsync()));
                error = failure?.Message ?? refusal;
            }

            _messageIsError = error is not null;
            _message = error ?? $"Đã lưu bộ chỉ số 766 áp dụng từ tháng {ruleSet!.EffectiveFrom}; các trang chỉ số 766 tính điểm theo các con số mới.";
            if (error is null)
            {
                await ReloadAsync();
            }
        }
        finally
        {
            _busy = false;
        }
    }
}
