namespace TargetsDashboard.Dashboard.Components.Common;

public partial class ViewSelectors
{
    private const string AllGroups = "tat-ca";

    private PeriodKind _kind;
    private string? _token;
    private string _groupToken = AllGroups;
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
        _token = Period?.ToToken();
        _groupToken = ViewQuery.GroupToken(Group) ?? AllGroups;
        _options = LastMonth is not null
            ? PeriodOptions.For(_kind, FirstMonth, LastMonth)
            : PeriodOptions.For(_kind, _snapshot.FirstMonth, _snapshot.LastMonth);
    }

    /// <summary>The select's value is the kind's name; anything else (a tampered option) changes nothing.</summary>
    private void KindChanged(ChangeEventArgs change)
    {
        if (Period is null || !Enum.TryParse<PeriodKind>(change.Value as string, ignoreCase: false, out var kind) || !Enum.IsDefined(kind))
        {
            return;
        }

        Go(ViewQuery.PeriodKey, PeriodOptions.Convert(Period, kind).ToToken());
    }

    /// <summary>Only a token among the options navigates; the page would refuse any other with a 404.</summary>
    private void PeriodChanged(ChangeEventArgs change)
    {
        if (_options.FirstOrDefault(o => o.Token == change.Value as string) is { } option)
        {
            Go(ViewQuery.PeriodKey, option.Token);
        }
    }

    private void GroupChanged(ChangeEventArgs change)
    {
        switch (change.Value as string)
        {
            case AllGroups:
                Go(ViewQuery.GroupKey, null);
                break;
            case ViewQuery.DepartmentsToken or ViewQuery.CommunesToken:
                Go(ViewQuery.GroupKey, (string)change.Value);
                break;
        }
    }

    private void Go(string key, string? value) => Navigation.NavigateTo(Navigation.GetUriWithQueryParameter(key, value));
}
