using Microsoft.AspNetCore.Components;
using TargetsDashboard.Dashboard.ViewModels;

namespace TargetsDashboard.Dashboard.Components.Pages;

/// <summary>One screen for leaders, readable on a phone: per peer group, who leads, who moved, who falls behind.</summary>
public partial class LeadersSummary
{
    private LeadersViewModel? _model;

    [Inject]
    private LeadersViewModelBuilder Builder { get; set; } = null!;

    /// <summary>The period as a URL token (2025-10, 2025-Q3, 2025, 2025-YTD10); empty for the latest month.</summary>
    [SupplyParameterFromQuery(Name = ViewQuery.PeriodKey)]
    public string? PeriodToken { get; set; }

    protected override async Task OnParametersSetAsync() => _model = await Builder.BuildAsync(PeriodToken);
}
