using TargetsDashboard.Dashboard.Import;
using TargetsDashboard.Ingestion;

namespace TargetsDashboard.Dashboard.Components.Import;

public partial class ImportDetailPage
{
    private ImportHistoryRow? _header;
    private IReadOnlyList<ImportChangeRow> _changes = [];

    [Parameter]
    public long Id { get; set; }

    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    [Inject]
    private ImportChangeLog ChangeLog { get; set; } = null!;

    protected override async Task OnParametersSetAsync()
    {
        var detail = await ChangeLog.LoadAsync(Id);
        _header = detail is null ? null : ImportHistoryRow.From(detail.Batch);
        _changes = detail?.Changes.Select(ImportChangeRow.From).ToList() ?? [];
        if (detail is null && HttpContext is { Response.HasStarted: false })
        {
            HttpContext.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }
}
