using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TargetsDashboard.Data.Auditing;
using TargetsDashboard.Data.Entities;
using TargetsDashboard.Data.Index766;
using TargetsDashboard.Ingestion.Excel;
using static TargetsDashboard.Ingestion.Tests.TestData.WorkbookEditor;

namespace TargetsDashboard.Ingestion.Tests;

/// <summary>
/// The 766 sub-indicators' figures through the same template, reader, rules and writer as the directive's: a month's
/// figures, a rate-only sub-indicator as a rate, and year-to-date figures turned into the month by difference.
/// </summary>
public sealed class Index766ImportTests : IAsyncLifetime
{
    private const string Digitised = "SO_HOA_GIAY_TO_GIAI_QUYET";
    private readonly ImportTestDatabase _database = new();
    private readonly ImportWorkbookReader _reader = new();

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await _database.Database.Services.GetRequiredService<Index766Store>().EnsureSeededAsync(SystemActors.Seeding);
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task ExcelTemplate_MonthFiguresAndOnlineServiceRate_StoredAsCountsAndRateOverTenThousand()
    {
        var bytes = EditData(await _database.TemplateAsync(), sheet =>
        {
            var row = sheet.LastRowUsed()!.RowNumber();
            AddRow(sheet, ++row, "so-tu-phap", Digitised, 535, 580);
            AddRow(sheet, ++row, "so-tu-phap", "ONLINE_SERVICE", 88.57m, 100);
            AddRow(sheet, ++row, "phuong-bien-hoa", "PETITION_PROCESSING_ON_TIME", 0, 0);
        });

        var preview = await _database.Importer.PreviewAsync(_reader.Read(bytes, "chi-so-766.xlsx", ImportTestDatabase.Month));
        var outcome = await _database.Importer.CommitAsync(preview, ImportMode.Replace, MeasurementSource.ExcelImport, "vanphong");

        Assert.Empty(preview.Issues);
        Assert.Equal(3, outcome.Added);
        Assert.Equal((535L, 580L), await StoredAsync("so-tu-phap", Digitised));
        Assert.Equal((8857L, 10_000L), await StoredAsync("so-tu-phap", "ONLINE_SERVICE"));
        Assert.Equal((0L, 0L), await StoredAsync("phuong-bien-hoa", "PETITION_PROCESSING_ON_TIME"));
    }

    [Theory]
    [InlineData(120, null, "từ 0 đến 100")]
    [InlineData(88.571, null, "tối đa hai chữ số thập phân")]
    [InlineData(88.57, 200, "để trống mẫu số hoặc ghi 100")]
    public async Task Rate_OutsideThePortalsForm_RefusedWithTheRule(decimal percent, int? denominator, string expected)
    {
        var preview = await _database.Importer.PreviewAsync(Batch(false, ("so-tu-phap", "ONLINE_SERVICE", percent, denominator)));

        Assert.Contains(expected, Assert.Single(preview.Issues).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task YearToDate_November_StoresNovemberAsYearToDateLessJanuaryToOctober()
    {
        await StoreMonthsAsync("so-tu-phap", Digitised, 10, 20);

        var preview = await _database.Importer.PreviewAsync(Batch(true, ("so-tu-phap", Digitised, 130m, 250)));
        var outcome = await _database.Importer.CommitAsync(preview, ImportMode.Replace, MeasurementSource.Api, "api:cong-dvc");

        // January to October stored 10/20 each: 100/200 to date; November is 130 − 100 over 250 − 200.
        Assert.Equal(ImportStatus.Committed, outcome.Status);
        Assert.Equal((30L, 50L), await StoredAsync("so-tu-phap", Digitised));
    }

    [Fact]
    public async Task YearToDate_BelowTheMonthsBefore_RefusedNamingUnitAndSubIndicatorAndNothingWritten()
    {
        await StoreMonthsAsync("so-tu-phap", Digitised, 10, 20);
        var before = await _database.FingerprintAsync();

        var preview = await _database.Importer.PreviewAsync(Batch(true, ("so-tu-phap", Digitised, 90m, 250)));
        var outcome = await _database.Importer.CommitAsync(preview, ImportMode.Replace, MeasurementSource.Api, "api:cong-dvc");

        var message = Assert.Single(preview.Issues).Message;
        Assert.Equal("Sở Tư pháp, chỉ tiêu Hồ sơ thực hiện số hóa hồ sơ: tử số lũy kế tháng 11/2025 (90) nhỏ hơn tháng 10/2025 (100).", message);
        Assert.False(outcome.Succeeded);
        Assert.Equal(before, await _database.FingerprintAsync());
    }

    [Fact]
    public async Task YearToDate_DirectiveIndicator_RefusedAsMonthOnly()
    {
        var preview = await _database.Importer.PreviewAsync(Batch(true, ("so-tu-phap", "DIGITIZED", 5m, 10)));

        Assert.Contains("chỉ dùng cho các chỉ số 766", Assert.Single(preview.Issues).Message, StringComparison.Ordinal);
    }

    private static void AddRow(IXLWorksheet sheet, int row, string unit, string indicator, decimal numerator, int denominator)
    {
        sheet.Cell(row, ImportTemplateLayout.MonthColumn).Value = "11/2025";
        sheet.Cell(row, ImportTemplateLayout.UnitCodeColumn).Value = unit;
        sheet.Cell(row, ImportTemplateLayout.IndicatorCodeColumn).Value = indicator;
        sheet.Cell(row, ImportTemplateLayout.NumeratorColumn).Value = numerator;
        sheet.Cell(row, ImportTemplateLayout.DenominatorColumn).Value = denominator;
    }

    private static FigureBatch Batch(bool yearToDate, params (string Unit, string Indicator, decimal Numerator, int? Denominator)[] rows) => new(
        ImportTestDatabase.Month,
        [.. rows.Select((r, i) => new IncomingFigure(
            r.Unit, r.Indicator, IncomingNumber.Of(r.Numerator), r.Denominator is { } d ? IncomingNumber.Of(d) : IncomingNumber.Missing, FigureLocation.RequestItem(i)))],
        [],
        "api:cong-dvc",
        string.Join(';', rows))
    {
        IsYearToDate = yearToDate,
    };

    /// <summary>January to October 2025, each month <paramref name="numerator"/> over <paramref name="denominator"/>.</summary>
    private async Task StoreMonthsAsync(string unitCode, string code, long numerator, long denominator)
    {
        await using var db = await _database.Contexts.CreateForAsync("nguoi-khac");
        var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
        var indicator = await db.Indicators.SingleAsync(i => i.Code == code);
        for (var month = 1; month <= 10; month++)
        {
            db.Measurements.Add(new Measurement
            {
                UnitId = unit.Id, IndicatorId = indicator.Id, Month = new DateOnly(2025, month, 1), Numerator = numerator, Denominator = denominator, Source = MeasurementSource.Api,
            });
        }

        await db.SaveChangesAsync();
    }

    private async Task<(long, long)> StoredAsync(string unitCode, string code)
    {
        await using var db = await _database.Contexts.CreateDbContextAsync();
        var row = await db.Measurements.SingleAsync(m => m.Unit!.Code == unitCode && m.Indicator!.Code == code && m.Month == ImportTestDatabase.Month);
        return (row.Numerator, row.Denominator);
    }
}
