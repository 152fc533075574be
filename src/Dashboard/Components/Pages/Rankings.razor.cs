using Microsoft.AspNetCore.Components;
using TargetsDashboard.Dashboard.ViewModels;

namespace TargetsDashboard.Dashboard.Components.Pages;

/// <summary>The rankings: one table per peer group and the rank history of the units chosen in <c>dv</c>.</summary>
public partial class Rankings
{
    private RankingsViewModel? _model;

    [Inject]
    private RankingsViewModelBuilder Builder { get; set; } = null!;

    /// <summary>The period as a URL token (2025-10, 2025-Q3, 2025, 2025-YTD10); empty for the latest month.</summary>
    [SupplyParameterFromQuery(Name = ViewQuery.PeriodKey)]
    public string? PeriodToken { get; set; }

    /// <summary>Codes of the units drawn in the rank history chart, comma-separated.</summary>
    [SupplyParameterFromQuery(Name = ViewQuery.UnitsKey)]
    public string? UnitsToken { get; set; }

    protected override async Task OnParametersSetAsync() => _model = await Builder.BuildAsync(PeriodToken, UnitsToken);
}
