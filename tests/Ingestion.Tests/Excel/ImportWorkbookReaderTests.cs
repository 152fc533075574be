using System.Security.Cryptography;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using TargetsDashboard.Data.Entities;
using TargetsDashboard.Ingestion.Excel;
using TargetsDashboard.Ingestion.Tests.TestData;
using static TargetsDashboard.Ingestion.Tests.TestData.WorkbookEditor;

namespace TargetsDashboard.Ingestion.Tests;

/// <summary>The template and the reader on good input: what is accepted, what is skipped, and the round trip to the database.</summary>
public sealed class ImportWorkbookReaderTests(ImportTestDatabase database) : IClassFixture<ImportTestDatabase>
{
    private readonly ImportWorkbookReader _reader = new();

    [Fact]
    public async Task Template_ForMonth_ListsActiveUnitsIndicatorsGuideCatalogAndMarker()
    {
        using var workbook = new XLWorkbook(new MemoryStream(await database.TemplateAsync()));

        var sheet = workbook.Worksheet(ImportTemplateLayout.DataSheet);
        Assert.Equal(["Số liệu", "Hướng dẫn", "Danh mục", "_mau"], workbook.Worksheets.Select(s => s.Name));
        Assert.Equal(XLWorksheetVisibility.VeryHidden, workbook.Worksheet(ImportTemplateLayout.MarkerSheet).Visibility);
        Assert.Equal(ImportTemplateLayout.Version, workbook.NamedRange(ImportTemplateLayout.VersionName).Ranges.First().FirstCell().GetString());
        Assert.Equal(1 + (109 * 5), sheet.LastRowUsed().RowNumber());
        Assert.Equal("11/2025", sheet.Cell(2, 1).GetString());
        Assert.Equal(["Tháng (MM/yyyy)", "Mã đơn vị", "Tên đơn vị", "Mã chỉ tiêu", "Tên chỉ tiêu", "Tử số", "Mẫu số", "Tử số là", "Mẫu số là"], Enumerable.Range(1, 9).Select(c => sheet.Cell(1, c).GetString()));
        Assert.True(sheet.Cell(2, 6).IsEmpty());
        Assert.False(string.IsNullOrWhiteSpace(sheet.Cell(2, 8).GetString()));
        Assert.DoesNotContain(sheet.Column(2).CellsUsed(), c => c.GetString() == database.MergedUnitCode);
        Assert.Contains(sheet.Column(2).CellsUsed(), c => c.GetString() == database.SuccessorUnitCode);
        Assert.True(sheet.Cell(2, 6).HasDataValidation);
        Assert.Equal(XLAllowedValues.WholeNumber, sheet.Cell(545, 7).DataValidation.AllowedValues);
        Assert.Contains("HƯỚNG DẪN", workbook.Worksheet(ImportTemplateLayout.GuideSheet).Cell(1, 1).GetString(), StringComparison.Ordinal);
        Assert.Equal(109, workbook.Worksheet(ImportTemplateLayout.CatalogSheet).Column(1).CellsUsed().Count() - 1);
    }

    [Fact]
    public async Task Read_UntouchedRowsAndTextIntegers_SkipsBlankRowsAndAcceptsPlainIntegerText()
    {
        var bytes = EditData(await database.TemplateAsync(), s =>
        {
            Figures(s, 2, "120", " 300 ");
            Figures(s, 3, 0, 0);
        });

        var batch = _reader.Read(bytes, "mau.xlsx", ImportTestDatabase.Month);

        Assert.Empty(batch.ReaderIssues);
        Assert.Equal(2, batch.Figures.Count);
        Assert.Equal((120m, 300m), (batch.Figures[0].Numerator.Value, batch.Figures[0].Denominator.Value));
        Assert.Equal(new FigureLocation("Số liệu", 2, "B", "D", "F", "G"), batch.Figures[0].Location);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), batch.ContentHash);
        Assert.Equal("mau.xlsx", batch.Origin);
    }

    [Fact]
    public async Task Read_FormulaWithCachedValue_UsesTheCachedValue()
    {
        var bytes = Formula(await MalformedWorkbooks.FilledBytes(database), "F2", "100/2", "50");

        var preview = await database.Importer.PreviewAsync(_reader.Read(bytes, "cong-thuc.xlsx", ImportTestDatabase.Month));

        Assert.Empty(preview.Issues);
        Assert.Equal(50, preview.Rows.Single(r => r.Location.Row == 2).Numerator);
    }

    [Fact]
    public async Task Read_MonthTypedAsDate_IsAccepted()
    {
        var bytes = EditData(await database.TemplateAsync(), s =>
        {
            s.Cell(2, 1).SetValue(new DateTime(2025, 11, 1, 0, 0, 0, DateTimeKind.Unspecified));
            Figures(s, 2, 1, 2);
        });

        var batch = _reader.Read(bytes, "ngay.xlsx", ImportTestDatabase.Month);

        Assert.Empty(batch.ReaderIssues);
        Assert.Single(batch.Figures);
    }

    [Fact]
    public async Task ReadAsync_StreamLargerThanLimit_StopsAtTheLimit()
    {
        var reader = new ImportWorkbookReader(Microsoft.Extensions.Options.Options.Create(new ImportReaderOptions { MaxFileBytes = 1000 }));
        await using var stream = new MemoryStream(await database.TemplateAsync());

        var batch = await reader.ReadAsync(stream, "lon.xlsx", ImportTestDatabase.Month);

        Assert.Contains("Tệp lớn hơn", Assert.Single(batch.ReaderIssues).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_CellsInUnreadColumnsJustUnderTheLimits_ReadsOnlyTheTemplatesColumns()
    {
        var limits = new ImportReaderOptions();
        var bytes = UnreadColumns.Fill(await MalformedWorkbooks.FilledBytes(database), limits.MaxCells - 1, 0);

        Assert.Null(WorkbookGuard.Check(bytes, limits));

        var batch = _reader.Read(bytes, "nhieu-o.xlsx", ImportTestDatabase.Month);

        Assert.Empty(batch.ReaderIssues);
        Assert.Equal(10, batch.Figures.Count);
        Assert.All(batch.Figures, f => Assert.Equal((50m, 100m), (f.Numerator.Value, f.Denominator.Value)));
    }

    [Fact]
    public async Task Import_FilledThenCorrected_AddsThenReplacesOrKeepsByMode()
    {
        var month = new DateOnly(2025, 9, 1);
        var before = await database.CountsAsync();
        var first = EditData(await database.TemplateAsync(month), s =>
        {
            for (var row = 2; row <= 11; row++)
            {
                Figures(s, row, 40 + row, 100);
            }
        });

        var preview = await database.Importer.PreviewAsync(_reader.Read(first, "thang-9.xlsx", month));
        var added = await database.Importer.CommitAsync(preview, ImportMode.AddMissing, MeasurementSource.ExcelImport, "vanphong");

        Assert.Equal((ImportStatus.Committed, 10, 0), (added.Status, added.Added, added.Changed));
        Assert.Equal(before with { Measurements = before.Measurements + 10, AuditEntries = before.AuditEntries + 10, ImportBatches = before.ImportBatches + 1 }, await database.CountsAsync());
        await using (var db = await database.Contexts.CreateDbContextAsync())
        {
            Assert.Equal(10, await db.AuditLog.CountAsync(a => a.ImportBatchId == added.ImportBatchId));
        }

        var corrected = EditData(first, s => Figures(s, 2, 99, 100));
        var second = await database.Importer.PreviewAsync(_reader.Read(corrected, "thang-9-sua.xlsx", month));
        Assert.Equal((0, 1, 9), (second.NewCount, second.ChangedCount, second.UnchangedCount));
        var changed = second.Rows.Single(r => r.Kind == PreviewRowKind.Changed);
        Assert.Equal((42L, 99L), (changed.OldNumerator!.Value, changed.Numerator));

        var kept = await database.Importer.CommitAsync(second, ImportMode.AddMissing, MeasurementSource.ExcelImport, "vanphong");
        Assert.Equal((0, 1), (kept.Changed, kept.Kept));

        var third = await database.Importer.PreviewAsync(_reader.Read(corrected, "thang-9-sua.xlsx", month));
        var replaced = await database.Importer.CommitAsync(third, ImportMode.Replace, MeasurementSource.ExcelImport, "vanphong");
        Assert.Equal((ImportStatus.Committed, 1), (replaced.Status, replaced.Changed));

        var history = await database.Importer.HistoryAsync(10);
        Assert.Equal("thang-9-sua.xlsx", history[0].Origin);
        Assert.Equal((ImportMode.Replace, 0, 1, 9), (history[0].Mode, history[0].RowsAdded, history[0].RowsChanged, history[0].RowsUnchanged));
    }
}
