namespace TargetsDashboard.Dashboard.Components.Pages;

/// <summary>The rankings: one table per peer group and the rank history of the units chosen in <c>dv</c>.</summary>
public partial class Rankings
{
    [Inject]
    private RankingsViewModelBuilder Builder { get; set; } = null!;

    /// <summary>Codes of the units drawn in the rank history chart, comma-separated.</summary>
    [SupplyParameterFromQuery(Name = ViewQuery.UnitsKey)]
    public string? UnitsToken { get; set; }

    /// <summary>Page of the departments' table, from 1: each table pages on its own, so each has its key.</summary>
    [SupplyParameterFromQuery(Name = ViewQuery.DepartmentsPageKey)]
    public string? DepartmentsPage { get; set; }

    /// <summary>Page of the communes' and wards' table, from 1 (3,600 rows on a national instance).</summary>
    [SupplyParameterFromQuery(Name = ViewQuery.CommunesPageKey)]
    public string? CommunesPage { get; set; }

    protected override Task<RankingsViewModel> BuildModelAsync() => Builder.BuildAsync(PeriodToken, UnitsToken);

    private ListPage<RankingRow> PageOf(RankingSection section) =>
        Paging.Page(section.Rows, Paging.ParsePage(section.Group == PeerGroup.Departments ? DepartmentsPage : CommunesPage));

    private static string PageKeyOf(RankingSection section) =>
        section.Group == PeerGroup.Departments ? ViewQuery.DepartmentsPageKey : ViewQuery.CommunesPageKey;
}
