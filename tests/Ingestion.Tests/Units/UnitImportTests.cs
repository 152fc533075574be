using System.Globalization;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using TargetsDashboard.Data.Auditing;
using TargetsDashboard.Data.Entities;
using TargetsDashboard.Data.Tests;
using TargetsDashboard.Ingestion.Excel;
using TargetsDashboard.Ingestion.Units;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Ingestion.Tests;

/// <summary>Units from a real workbook into a real SQLite file: the preview's problems by row and column, the all-or-nothing commit, the audit.</summary>
public sealed class UnitImportTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = null!;

    private UnitImporter Importer => new(_database.Contexts);

    public async Task InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateAsync();
        await using var db = await _database.Contexts.CreateForAsync("test");
        db.Units.Add(new Unit { Code = "xa-co-san", Name = "Xã Có Sẵn", Kind = UnitKind.Commune, ValidFrom = new DateOnly(2025, 7, 1) });
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public void Template_ReadBack_HasItsTwoExampleRowsAndNoProblem()
    {
        var upload = UnitWorkbook.Read(UnitWorkbook.Template(), UnitWorkbook.TemplateFileName, new ImportReaderOptions());

        Assert.Empty(upload.Issues);
        Assert.Equal([("so-tu-phap", UnitKind.Department), (string.Empty, UnitKind.Ward)], upload.Rows.Select(r => (r.Code, r.Kind)));
    }

    [Fact]
    public async Task Preview_RowsWithMistakes_EachProblemNamesRowAndColumnAndNothingIsWritten()
    {
        var bytes = Workbook(
            ("so-moi", "Sở Mới", "Sở, ban, ngành", "01/07/2025", null),
            ("", "", "Xã", "01/07/2025", null),
            ("xa-a", "Xã A", "Huyện", "01/07/2025", null),
            ("xa-b", "Xã B", "Xã", "31/02/2025", null),
            ("so-moi", "Sở Mới Nữa", "Sở, ban, ngành", "01/07/2025", null),
            ("xa-co-san", "Xã Khác Tên", "Xã", "01/07/2025", null),
            ("xa-c", "Xã C", "Xã", "01/01/2025", "xa-khong-co"));
        var before = await CountsAsync();

        var preview = await Importer.PreviewAsync(UnitWorkbook.Read(bytes, "don-vi.xlsx", new ImportReaderOptions()));

        Assert.False(preview.CanCommit);
        Assert.Empty(preview.NewUnits);
        var where = preview.Issues.Select(i => (i.Row, i.Column)).ToList();
        Assert.Equal([(3, "B"), (4, "C"), (5, "D"), (6, "A"), (7, "A"), (8, "E")], where);
        Assert.All(preview.Issues, i => Assert.Equal(UnitWorkbook.Sheet, i.Sheet));
        Assert.Contains("Huyện", preview.Issues.Single(i => i.Row == 4).Message, StringComparison.Ordinal);
        Assert.Contains("Xã Có Sẵn", preview.Issues.Single(i => i.Row == 7).Message, StringComparison.Ordinal);
        Assert.Contains("xa-khong-co", preview.Issues.Single(i => i.Row == 8).Message, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Commit_CleanFile_AddsEveryUnitWithGeneratedCodesSuccessorAndAudit()
    {
        var bytes = Workbook(
            ("", "Phường Phố Hiến", "Phường", "01/07/2025", null),
            ("xa-cu", "Xã Cũ", "Xã", "01/01/2024", "phuong-pho-hien"),
            ("", "Xã Có Sẵn", "Xã", "01/07/2025", null));
        var preview = await Importer.PreviewAsync(UnitWorkbook.Read(bytes, "don-vi-hung-yen.xlsx", new ImportReaderOptions()));
        Assert.True(preview.CanCommit, string.Join(" | ", preview.Issues));
        Assert.Equal(1, preview.Unchanged);

        var outcome = await Importer.CommitAsync(preview, "admin.tinh");

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Equal(2, outcome.Added);
        await using var db = await _database.Contexts.CreateDbContextAsync();
        var ward = await db.Units.SingleAsync(u => u.Code == "phuong-pho-hien");
        var old = await db.Units.SingleAsync(u => u.Code == "xa-cu");
        Assert.Equal((UnitKind.Ward, new DateOnly(2025, 7, 1)), (ward.Kind, ward.ValidFrom));
        Assert.Equal((ward.Id, new DateOnly(2025, 6, 30)), (old.SuccessorId, old.ValidTo));
        var audit = await db.AuditLog.Where(a => a.EntityType == nameof(Unit) && a.UserName == "admin.tinh").ToListAsync();
        Assert.Equal(2, audit.Count(a => a.Action == "Added"));
        Assert.All(audit, a => Assert.Equal("Nhập danh mục đơn vị từ tệp don-vi-hung-yen.xlsx", a.Reason));
    }

    [Fact]
    public async Task Commit_CodeTakenAfterThePreview_WritesNothing()
    {
        var bytes = Workbook(("xa-moi", "Xã Mới", "Xã", "01/07/2025", null), ("xa-moi-2", "Xã Mới Hai", "Xã", "01/07/2025", null));
        var preview = await Importer.PreviewAsync(UnitWorkbook.Read(bytes, "don-vi.xlsx", new ImportReaderOptions()));
        await using (var db = await _database.Contexts.CreateForAsync("test"))
        {
            db.Units.Add(new Unit { Code = "xa-moi-2", Name = "Xã Chen Ngang", Kind = UnitKind.Commune, ValidFrom = new DateOnly(2025, 7, 1) });
            await db.SaveChangesAsync();
        }

        var before = await CountsAsync();
        var outcome = await Importer.CommitAsync(preview, "admin.tinh");

        Assert.False(outcome.Succeeded);
        Assert.Contains("đã thay đổi", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Preview_NotAWorkbook_RefusedByTheGuardBeforeParsing()
    {
        var preview = await Importer.PreviewAsync(UnitWorkbook.Read("ma,ten\nxa-a,Xã A"u8.ToArray(), "don-vi.csv", new ImportReaderOptions()));

        Assert.Equal(ExcelImportMessages.NotAnXlsx, Assert.Single(preview.Issues).Message);
    }

    private async Task<(int Units, int Audit)> CountsAsync()
    {
        await using var db = await _database.Contexts.CreateDbContextAsync();
        return (await db.Units.CountAsync(), await db.AuditLog.CountAsync());
    }

    /// <summary>The template with its example rows replaced by <paramref name="rows"/>.</summary>
    private static byte[] Workbook(params (string Code, string Name, string Kind, string ValidFrom, string? Successor)[] rows)
    {
        using var workbook = new XLWorkbook(new MemoryStream(UnitWorkbook.Template()));
        var sheet = workbook.Worksheet(UnitWorkbook.Sheet);
        sheet.Range(2, 1, 3, UnitWorkbook.Headers.Count).Clear();
        for (var i = 0; i < rows.Length; i++)
        {
            var (code, name, kind, validFrom, successor) = rows[i];
            sheet.Cell(i + 2, 1).Value = code;
            sheet.Cell(i + 2, 2).Value = name;
            sheet.Cell(i + 2, 3).Value = kind;
            // A date people type is stored as a date; one that is not a date stays the text they typed.
            if (DateTime.TryParseExact(validFrom, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                sheet.Cell(i + 2, 4).Value = date;
            }
            else
            {
                sheet.Cell(i + 2, 4).Value = validFrom;
            }

            sheet.Cell(i + 2, 5).Value = successor ?? string.Empty;
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
