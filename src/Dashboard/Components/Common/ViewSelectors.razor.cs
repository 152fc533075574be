namespace TargetsDashboard.Dashboard.Components.Common;

public partial class ViewSelectors
{
    private const string AllGroups = "tat-ca";

    private PeriodKind _kind;
    private IReadOnlyList<PeriodOption> _options = [];
    private KpiSnapshot? _snapshot;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private KpiDataSource DataSource { get; set; } = null!;

    [Parameter, EditorRequired]
    public Period? Period { get; set; }

    [Parameter]
    public PeerGroup? Group { get; set; }

    [Parameter]
    public bool ShowGroup { get; set; }

    /// <summary>The months a page of another scorecard (the 766 index) has figures for; the directive's when not set.</summary>
    [Parameter]
    public YearMonth? FirstMonth { get; set; }

    [Parameter]
    public YearMonth? LastMonth { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        _snapshot = await DataSource.GetAsync();
        _kind = Period?.Kind ?? PeriodKind.Month;
        _options = LastMonth is not null
            ? PeriodOptions.For(_kind, FirstMonth, LastMonth)
            : PeriodOptions.For(_kind, _snapshot.FirstMonth, _snapshot.LastMonth);
    }

    private void KindChanged(PeriodKind kind)
    {
        if (Period is null)
        {
            return;
        }

        Go(ViewQuery.PeriodKey, PeriodOptions.Convert(Period, kind).ToToken());
    }

    private void PeriodChanged(string token) => Go(ViewQuery.PeriodKey, token);

    private void GroupChanged(string token) => Go(ViewQuery.GroupKey, token == AllGroups ? null : token);

    private void Go(string key, string? value) => Navigation.NavigateTo(Navigation.GetUriWithQueryParameter(key, value));
}
