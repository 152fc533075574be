using System.Globalization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Options;
using TargetsDashboard.Data.Auditing;
using TargetsDashboard.Ingestion.Excel;
using TargetsDashboard.Ingestion.Units;

namespace TargetsDashboard.Dashboard.Components.Admin;

/// <summary>Units from a workbook: upload, preview with problems by row and column, confirm; all or nothing, audited.</summary>
public partial class UnitImportPanel
{
    /// <summary>A province's list fits; a larger file shows its first rows and the count.</summary>
    private const int MaxShown = 300;

    private UnitImportPreview? _preview;
    private UnitImportOutcome? _outcome;
    private bool _busy;
    private int _uploadKey;

    [Inject]
    private UnitImporter Importer { get; set; } = null!;

    [Inject]
    private IOptions<ImportReaderOptions> Limits { get; set; } = null!;

    [Inject]
    private ICurrentActor Actor { get; set; } = null!;

    /// <summary>Called after units were added, so that the page lists them.</summary>
    [Parameter]
    public EventCallback OnImported { get; set; }

    private static string Summary(UnitImportPreview preview) => string.Create(
        CultureInfo.InvariantCulture,
        $"Sẽ thêm {preview.NewUnits.Count} đơn vị{(preview.Unchanged > 0 ? $"; {preview.Unchanged} đơn vị đã có, giữ nguyên" : string.Empty)}.");

    private static string Validity(NewUnitRow unit) => unit.ValidTo is { } to
        ? $"{VietnameseFormat.Date(unit.ValidFrom)} – {VietnameseFormat.Date(to)} (sáp nhập vào {unit.SuccessorCode})"
        : $"từ {VietnameseFormat.Date(unit.ValidFrom)}";

    private async Task OnFileSelectedAsync(InputFileChangeEventArgs e)
    {
        _busy = true;
        _outcome = null;
        _preview = null;
        try
        {
            var limits = Limits.Value;
            var file = e.File;
            UnitUpload upload;
            if (file.Size > limits.MaxFileBytes)
            {
                upload = new UnitUpload(file.Name, [], [Ingestion.FigureIssue.ForBatch(ExcelImportMessages.TooLarge(limits.MaxFileBytes))]);
            }
            else
            {
                await using var stream = file.OpenReadStream(limits.MaxFileBytes);
                using var buffer = new MemoryStream();
                await stream.CopyToAsync(buffer);
                upload = UnitWorkbook.Read(buffer.ToArray(), file.Name, limits);
            }

            _preview = await Importer.PreviewAsync(upload);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task ConfirmAsync()
    {
        if (_preview is not { CanCommit: true } preview || _busy)
        {
            return;
        }

        _busy = true;
        try
        {
            _outcome = await Importer.CommitAsync(preview, await Actor.GetNameAsync());
            _uploadKey++;
            if (_outcome.Succeeded)
            {
                await OnImported.InvokeAsync();
            }
        }
        finally
        {
            _busy = false;
        }
    }
}
