using System.IO.Compression;
using TargetsDashboard.Reporting.Excel;
using TargetsDashboard.Reporting.Pdf;

namespace TargetsDashboard.Reporting;

/// <summary>Every unit's monthly report, PDF and workbook, in one zip: printed by the one warm browser, a few at a time.</summary>
public static class UnitReportsArchive
{
    /// <summary>
    /// Renders each model to PDF and workbook on <paramref name="concurrency"/> reused browser pages (the printer
    /// bounds its own prints as well), calls <paramref name="unitDone"/> as each unit is finished, then writes the zip
    /// in the models' order so that the archive is the same whatever order the prints finished in.
    /// </summary>
    public static async Task<byte[]> CreateAsync(
        IReadOnlyList<UnitReportModel> models,
        PdfPrinter printer,
        int concurrency,
        Action? unitDone = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(printer);
        var files = new (byte[] Pdf, byte[] Workbook)[models.Count];
        await printer.PrintAllAsync(
            models.Count,
            i => UnitReportDocument.Render(models[i]),
            (i, pdf) =>
            {
                // The workbook is built on the worker that printed the PDF, while the browser prints the next one.
                files[i] = (pdf, UnitReportWorkbook.Create(models[i]));
                unitDone?.Invoke();
                return ValueTask.CompletedTask;
            },
            concurrency,
            PageOrientation.Portrait,
            cancellationToken);

        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 0; i < models.Count; i++)
            {
                var model = models[i];
                var folder = ReportFileNames.ArchiveFolder(model.Unit.PeerGroup);
                // PDFs and workbooks are already compressed inside: storing them saves time for a few percent of size.
                await Write(zip, $"{folder}/{ReportFileNames.Unit(model.Unit.Code, model.Month, "pdf")}", files[i].Pdf, cancellationToken);
                await Write(zip, $"{folder}/{ReportFileNames.Unit(model.Unit.Code, model.Month, "xlsx")}", files[i].Workbook, cancellationToken);
            }
        }

        return stream.ToArray();
    }

    private static async Task Write(ZipArchive zip, string name, byte[] content, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.NoCompression);
        await using var target = await entry.OpenAsync(cancellationToken);
        await target.WriteAsync(content, cancellationToken);
    }
}
