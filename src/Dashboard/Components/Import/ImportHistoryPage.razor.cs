using TargetsDashboard.Dashboard.Import;
using TargetsDashboard.Ingestion;

namespace TargetsDashboard.Dashboard.Components.Import;

public partial class ImportHistoryPage
{
    private IReadOnlyList<ImportHistoryRow> _rows = [];

    [Inject]
    private FigureImporter Importer { get; set; } = null!;

    protected override async Task OnInitializedAsync() =>
        _rows = (await Importer.HistoryAsync(ImportHistoryRow.PageSize)).Select(ImportHistoryRow.From).ToList();
}
