using Microsoft.Extensions.Options;
using TargetsDashboard.Data.Seeding;

namespace TargetsDashboard.Dashboard.Components.Admin;

/// <summary>Indicators as data: the directive's preset in one step, or one indicator at a time.</summary>
public partial class IndicatorsPage
{
    private IReadOnlyList<Indicator> _indicators = [];
    private IReadOnlyList<string> _missingPresetCodes = [];

    [Inject]
    private TargetAdministration Targets { get; set; } = null!;

    [Inject]
    private IndicatorAdministration Administration { get; set; } = null!;

    [Inject]
    private IOptions<ProvinceOptions> ProvinceSettings { get; set; } = null!;

    private string Issuer => ProvinceSettings.Value.DirectiveIssuer;

    private int NextOrder => _indicators.Count == 0 ? 1 : Math.Min(999, _indicators.Max(i => i.DisplayOrder) + 1);

    protected override async Task OnInitializedAsync() => await ReloadAsync();

    private async Task ReloadAsync()
    {
        _indicators = await Targets.ListAsync();
        var codes = _indicators.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        _missingPresetCodes = ReferenceData.Indicators().Select(i => i.Code).Where(c => !codes.Contains(c)).ToList();
    }

    private Task ApplyPresetAsync()
    {
        var added = 0;
        return RunSaveAsync(
            () => WriteAsync("bộ chỉ số có sẵn", async user =>
            {
                added = await Administration.ApplyPresetAsync(IndicatorPresets.Directive2025, Issuer, user);
                return null;
            }),
            () => $"Đã thêm {added} chỉ số và ngưỡng của bộ chỉ số có sẵn.",
            _ => ReloadAsync());
    }

    private async Task<bool> CreateAsync(NewIndicator indicator)
    {
        var created = false;
        await RunSaveAsync(
            () => WriteAsync("chỉ số mới", user => Administration.CreateAsync(indicator, user)),
            () => $"Đã tạo chỉ số {indicator.Code.Trim().ToUpperInvariant()}. Thêm ngưỡng cho chỉ số ở trang Chỉ tiêu và ngưỡng.",
            async saved =>
            {
                created = saved;
                await ReloadAsync();
            });

        // The form calls this through a plain delegate, not an EventCallback: the page re-renders itself.
        StateHasChanged();
        return created;
    }
}
