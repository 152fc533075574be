using ClosedXML.Excel;
using TargetsDashboard.Kpi;
using TargetsDashboard.Reporting.Excel;

namespace TargetsDashboard.Reporting.Tests;

public class DataExportWorkbookTests
{
    private static readonly YearMonth From = new(2025, 1);

    private static (DataExportModel Model, XLWorkbook Workbook) Export(KpiEngine engine, string? saveAs = null)
    {
        var model = ReportModelBuilder.BuildDataExport(engine, From, ReportTestData.October, ReportTestData.IssueDate);
        var bytes = DataExportWorkbook.Create(model);
        if (saveAs is not null)
        {
            Artifacts.Save(saveAs, bytes);
        }

        return (model, new XLWorkbook(new MemoryStream(bytes)));
    }

    [Fact]
    public void BuildDataExport_Range_OneRowPerMeasurementSent()
    {
        var engine = ReportTestData.Engine();

        var model = ReportModelBuilder.BuildDataExport(engine, From, ReportTestData.October, ReportTestData.IssueDate);

        // 4 units × 5 indicators × 10 months, less Sở Tư pháp's missing CONTACTLESS figure of 10/2025.
        Assert.Equal((4 * 5 * 10) - 1, model.Rows.Count);
        Assert.DoesNotContain(model.Rows, r => r.Unit.Code == "so-tu-phap" && r.Indicator.Code == "CONTACTLESS" && r.Month == ReportTestData.October);
        var digitized = model.Rows.Single(r => r.Unit.Code == "so-tu-phap" && r.Indicator.Code == "DIGITIZED" && r.Month == ReportTestData.October);
        Assert.Equal((300L, 1234L, KpiStatus.NotMet), (digitized.Numerator!.Value, digitized.Denominator!.Value, digitized.Status));
    }

    [Fact]
    public void Create_DataSheet_RealNumbersDatesAndPercentsWithFrozenFilteredHeader()
    {
        var (model, workbook) = Export(ReportTestData.Engine(), "du-lieu-2025-01-den-2025-10.xlsx");
        using var _ = workbook;
        var sheet = workbook.Worksheet(DataExportWorkbook.DataSheetName);

        Assert.Equal(["Mã đơn vị", "Tên đơn vị", "Loại đơn vị", "Mã chỉ tiêu", "Tên chỉ tiêu", "Tháng", "Tử số", "Mẫu số", "Tỷ lệ", "Đánh giá"], Enumerable.Range(1, 10).Select(c => sheet.Cell(1, c).GetString()));
        Assert.Equal(model.Rows.Count + 1, sheet.RangeUsed()!.LastRow().RowNumber());
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.True(sheet.AutoFilter.IsEnabled);

        var index = model.Rows.ToList().FindIndex(r => r.Unit.Code == "so-tu-phap" && r.Indicator.Code == "DIGITIZED" && r.Month == ReportTestData.October);
        var row = index + 2;
        Assert.Equal("so-tu-phap", sheet.Cell(row, 1).GetString());
        Assert.Equal("Sở Tư pháp", sheet.Cell(row, 2).GetString());
        Assert.Equal("Sở, ban, ngành", sheet.Cell(row, 3).GetString());
        Assert.Equal("Hồ sơ, kết quả giải quyết TTHC được số hóa", sheet.Cell(row, 5).GetString());
        Assert.Equal(XLDataType.DateTime, sheet.Cell(row, 6).DataType);
        Assert.Equal(new DateTime(2025, 10, 1), sheet.Cell(row, 6).GetDateTime());
        Assert.Equal("mm/yyyy", sheet.Cell(row, 6).Style.NumberFormat.Format);
        Assert.Equal(300d, sheet.Cell(row, 7).GetDouble());
        Assert.Equal(1234d, sheet.Cell(row, 8).GetDouble());
        Assert.Equal(XLDataType.Number, sheet.Cell(row, 9).DataType);
        Assert.Equal(300d / 1234d, sheet.Cell(row, 9).GetDouble(), 10);
        Assert.Equal("0.0%", sheet.Cell(row, 9).Style.NumberFormat.Format);
        Assert.Equal("Chưa đạt", sheet.Cell(row, 10).GetString());
        Assert.Equal("Phường Biên Hòa", sheet.Column(2).CellsUsed().Last().GetString());
    }

    [Fact]
    public void Create_ZeroDenominator_RatioCellEmptyAndStatusUnknown()
    {
        var units = ReportTestData.Units;
        var engine = new KpiEngine(units, ReportTestData.Indicators, ReportTestData.Targets(), [new Measurement(1, "DIGITIZED", From, 0, 0)]);
        var (_, workbook) = Export(engine);
        using var _ = workbook;
        var sheet = workbook.Worksheet(DataExportWorkbook.DataSheetName);

        Assert.Equal(0d, sheet.Cell(2, 8).GetDouble());
        Assert.True(sheet.Cell(2, 9).IsEmpty());
        Assert.Equal("Không xác định", sheet.Cell(2, 10).GetString());
    }

    [Fact]
    public void Create_UnitNameLikeAFormula_StaysText()
    {
        UnitInfo[] units = [new(1, "xa-thu", "=1+1", UnitKind.Commune), new(2, "xa-khac", "@SUM(A1:A3)", UnitKind.Commune)];
        var engine = new KpiEngine(units, ReportTestData.Indicators, ReportTestData.Targets(), [new Measurement(1, "DIGITIZED", From, 5, 10), new Measurement(2, "DIGITIZED", From, 5, 10)]);
        var (_, workbook) = Export(engine);
        using var _ = workbook;
        var sheet = workbook.Worksheet(DataExportWorkbook.DataSheetName);

        foreach (var row in new[] { 2, 3 })
        {
            Assert.False(sheet.Cell(row, 2).HasFormula);
            Assert.Equal(XLDataType.Text, sheet.Cell(row, 2).DataType);
        }

        Assert.Equal("=1+1", sheet.Cell(2, 2).GetString());
    }
}
