namespace TargetsDashboard.Dashboard.Components.Pages;

/// <summary>One screen for leaders, readable on a phone: per peer group, who leads, who moved, who falls behind.</summary>
public partial class LeadersSummary
{
    [Inject]
    private LeadersViewModelBuilder Builder { get; set; } = null!;

    protected override Task<LeadersViewModel> BuildModelAsync() => Builder.BuildAsync(PeriodToken);
}
