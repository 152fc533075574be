namespace TargetsDashboard.Dashboard.Components.Common;

/// <summary>
/// A ranking table of one peer group. Choosing a unit for the rank history chart is a link that rewrites
/// <c>dv</c> in the URL, so it works before the circuit connects and the choice survives a refresh.
/// </summary>
public partial class RankingTable
{
    [Parameter, EditorRequired]
    public RankingSection Section { get; set; } = null!;

    [Parameter, EditorRequired]
    public IReadOnlyList<IndicatorColumn> Columns { get; set; } = [];

    /// <summary>
    /// The page of the group's rows that <see cref="Section"/> holds, for the pager; null when the section holds
    /// every row.
    /// </summary>
    [Parameter]
    public ListPage<RankingRow>? Page { get; set; }

    /// <summary>The query key of this table's page.</summary>
    [Parameter]
    public string PageQueryKey { get; set; } = ViewQuery.PageKey;

    /// <summary>How the previous period reads, for the legend of the change column.</summary>
    [Parameter]
    public string? PreviousPeriodLabel { get; set; }

    /// <summary>Wards and communes share a table, so their kind is shown; departments need no label.</summary>
    private bool ShowKind => Section.Group != PeerGroup.Departments;

    public static string ChangeClass(int? change) => change switch
    {
        > 0 => "rank-up",
        < 0 => "rank-down",
        _ => "rank-same",
    };

    private static string? ChangeTitle(int? change) => change switch
    {
        null => "Không có hạng kỳ trước để so sánh",
        > 0 => $"Tăng {change} bậc",
        < 0 => $"Giảm {-change} bậc",
        _ => "Giữ nguyên hạng",
    };

    private static string CellClass(GridCell cell) => cell.Status switch
    {
        KpiStatus.Met => "numeric cell cell-met",
        KpiStatus.NotMet when cell.IsClose => "numeric cell cell-close",
        KpiStatus.NotMet => "numeric cell cell-not-met",
        _ => "numeric cell cell-unknown",
    };
}
