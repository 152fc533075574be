using Microsoft.AspNetCore.Components;
using TargetsDashboard.Dashboard.ViewModels;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Dashboard.Components.Pages;

public partial class Home
{
    private HomeViewModel? _model;

    [Inject]
    private HomeViewModelBuilder Builder { get; set; } = null!;

    /// <summary>The period as a URL token (2025-10, 2025-Q3, 2025, 2025-YTD10); empty for the latest month.</summary>
    [SupplyParameterFromQuery(Name = "ky")]
    public string? PeriodToken { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        var period = Period.TryParseToken(PeriodToken, out var parsed) ? parsed : null;
        _model = await Builder.BuildAsync(period);
    }
}
