using ClosedXML.Excel;
using TargetsDashboard.Reporting.Excel;

namespace TargetsDashboard.Reporting.Tests;

public class UnitReportWorkbookTests
{
    private static XLWorkbook Open(UnitReportModel model, string? saveAs = null)
    {
        var bytes = UnitReportWorkbook.Create(model);
        if (saveAs is not null)
        {
            Artifacts.Save(saveAs, bytes);
        }

        return new XLWorkbook(new MemoryStream(bytes));
    }

    private static int RowOf(IXLWorksheet sheet, string code)
    {
        var model = ReportTestData.JusticeReport();
        var order = model.Indicators.Single(i => i.Code == code).Order;
        return UnitReportWorkbook.FirstDataRow + order - 1;
    }

    [Fact]
    public void Create_ReportSheet_HeaderLinesInVietnamese()
    {
        using var workbook = Open(ReportTestData.JusticeReport(), "bao-cao-thang-10-2025-so-tu-phap.xlsx");
        var sheet = workbook.Worksheet(UnitReportWorkbook.ReportSheetName);

        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI", sheet.Cell("A1").GetString());
        Assert.Equal("SỞ TƯ PHÁP", sheet.Cell("A2").GetString());
        Assert.True(sheet.Cell("A2").Style.Font.Bold);
        Assert.Equal("Số: …/BC-STP", sheet.Cell("A3").GetString());
        Assert.Equal("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", sheet.Cell("D1").GetString());
        Assert.Equal("Độc lập - Tự do - Hạnh phúc", sheet.Cell("D2").GetString());
        Assert.Equal("Đồng Nai, ngày 05 tháng 11 năm 2025", sheet.Cell("D3").GetString());
        Assert.True(sheet.Cell("D3").Style.Font.Italic);
        Assert.Equal("BÁO CÁO", sheet.Cell("A5").GetString());
        Assert.Equal("Kết quả thực hiện các chỉ tiêu cải cách thủ tục hành chính tháng 10/2025", sheet.Cell("A6").GetString());
    }

    [Fact]
    public void Create_IndicatorTable_RatiosAreNumbersWithPercentFormat()
    {
        var model = ReportTestData.JusticeReport();
        using var workbook = Open(model);
        var sheet = workbook.Worksheet(UnitReportWorkbook.ReportSheetName);
        var row = RowOf(sheet, "DIGITIZED");

        Assert.Equal("Hồ sơ, kết quả giải quyết TTHC được số hóa", sheet.Cell(row, 2).GetString());
        Assert.Equal(XLDataType.Number, sheet.Cell(row, 3).DataType);
        Assert.Equal(300d, sheet.Cell(row, 3).GetDouble());
        Assert.Equal(1234d, sheet.Cell(row, 4).GetDouble());
        Assert.Equal(XLDataType.Number, sheet.Cell(row, 5).DataType);
        Assert.Equal(300d / 1234d, sheet.Cell(row, 5).GetDouble(), 10);
        Assert.Equal("0.0%", sheet.Cell(row, 5).Style.NumberFormat.Format);
        Assert.Equal(0.7d, sheet.Cell(row, 6).GetDouble(), 10);
        Assert.Equal("0%", sheet.Cell(row, 6).Style.NumberFormat.Format);
        Assert.Equal("Chưa đạt", sheet.Cell(row, 7).GetString());
        Assert.Equal("cần thêm 564 hồ sơ được số hóa", sheet.Cell(row, 9).GetString());
        Assert.Equal(ReportTestData.Source, sheet.Cell(row, 10).GetString());

        foreach (var indicator in model.Indicators.Where(i => i.Ratio is not null))
        {
            var cell = sheet.Cell(RowOf(sheet, indicator.Code), 5);
            Assert.Equal(XLDataType.Number, cell.DataType);
            Assert.Equal((double)indicator.Ratio!.Value, cell.GetDouble(), 10);
        }
    }

    [Fact]
    public void Create_IndicatorWithoutFigures_SaysSoInsteadOfZero()
    {
        using var workbook = Open(ReportTestData.JusticeReport());
        var sheet = workbook.Worksheet(UnitReportWorkbook.ReportSheetName);
        var ratio = sheet.Cell(RowOf(sheet, "CONTACTLESS"), 5);

        Assert.Equal(XLDataType.Text, ratio.DataType);
        Assert.Equal("Chưa có số liệu", ratio.GetString());
        Assert.Equal("Không xác định", sheet.Cell(RowOf(sheet, "CONTACTLESS"), 7).GetString());
    }

    [Fact]
    public void Create_ReportSheet_FrozenHeaderColumnNumbersFilterAndWidths()
    {
        using var workbook = Open(ReportTestData.JusticeReport());
        var sheet = workbook.Worksheet(UnitReportWorkbook.ReportSheetName);

        Assert.Equal(UnitReportWorkbook.ColumnNumberRow, sheet.SheetView.SplitRow);
        Assert.Equal("(1)", sheet.Cell(UnitReportWorkbook.ColumnNumberRow, 1).GetString());
        Assert.Equal("(10)", sheet.Cell(UnitReportWorkbook.ColumnNumberRow, 10).GetString());
        Assert.True(sheet.Cell(UnitReportWorkbook.ColumnNumberRow, 1).Style.Font.Italic);
        Assert.True(sheet.Cell(UnitReportWorkbook.TableHeaderRow, 2).Style.Font.Bold);
        Assert.True(sheet.AutoFilter.IsEnabled);
        Assert.Equal(UnitReportWorkbook.ColumnNumberRow, sheet.AutoFilter.Range.FirstRow().RowNumber());
        Assert.Equal(UnitReportWorkbook.FirstDataRow + 4, sheet.AutoFilter.Range.LastRow().RowNumber());
        for (var i = 0; i < UnitReportWorkbook.Columns.Count; i++)
        {
            Assert.Equal(UnitReportWorkbook.Columns[i].Width, sheet.Column(i + 1).Width, 1);
        }
    }

    [Theory]
    [InlineData("=1+1")]
    [InlineData("=HYPERLINK(\"http://example.com\",\"Bấm vào đây\")")]
    [InlineData("+84 251 3822 xxx")]
    [InlineData("-5 hồ sơ do lỗi")]
    [InlineData("@SUM(A1:A2)")]
    public void Create_NoteLookingLikeAFormula_StaysText(string note)
    {
        using var workbook = Open(ReportTestData.JusticeReport(note));
        var sheet = workbook.Worksheet(UnitReportWorkbook.ReportSheetName);
        var cell = sheet.CellsUsed().Single(c => c.GetString() == note);

        Assert.False(cell.HasFormula);
        Assert.Equal(string.Empty, cell.FormulaA1);
        Assert.Equal(XLDataType.Text, cell.DataType);
        Assert.True(cell.Style.IncludeQuotePrefix);
        Assert.DoesNotContain(sheet.CellsUsed(), c => c.HasFormula);
    }

    [Fact]
    public void Create_NoteAndSigning_AreWritten()
    {
        using var workbook = Open(ReportTestData.JusticeReport());
        var sheet = workbook.Worksheet(UnitReportWorkbook.ReportSheetName);
        var texts = sheet.CellsUsed().Select(c => c.GetString()).ToList();

        Assert.Contains("Hệ thống một cửa điện tử gián đoạn 3 ngày; đề nghị Sở Khoa học và Công nghệ hỗ trợ.", texts);
        Assert.Contains("Nơi nhận:", texts);
        Assert.Contains("- Lưu: VT.", texts);
        Assert.Contains("THỦ TRƯỞNG ĐƠN VỊ", texts);
    }

    [Fact]
    public void Create_AcceptedSubmissionSections_PrintNumberedInOrderWithoutTheEmptyPlaceholder()
    {
        var model = ReportTestData.JusticeReport(note: null) with
        {
            Sections = [new("Kết quả nổi bật", "Số hóa tăng 12 điểm."), new("Nhiệm vụ tháng tới", "Số hóa hồ sơ tồn.")],
        };
        using var workbook = Open(model);
        var texts = workbook.Worksheet(UnitReportWorkbook.ReportSheetName).CellsUsed().Select(c => c.GetString()).ToList();

        var highlights = texts.IndexOf("1. Kết quả nổi bật");
        Assert.True(highlights >= 0, string.Join(" | ", texts));
        Assert.Equal("Số hóa tăng 12 điểm.", texts[highlights + 1]);
        Assert.Equal("2. Nhiệm vụ tháng tới", texts[highlights + 2]);
        Assert.Equal("Số hóa hồ sơ tồn.", texts[highlights + 3]);
        Assert.DoesNotContain(UnitReportModel.NothingWritten, texts);
    }

    [Fact]
    public void Create_HistorySheet_TwelveMonthsPerIndicatorWithNumbers()
    {
        var model = ReportTestData.JusticeReport();
        using var workbook = Open(model);
        var sheet = workbook.Worksheet(UnitReportWorkbook.HistorySheetName);
        var first = UnitReportWorkbook.HistoryHeaderRow + 1;
        var rows = Enumerable.Range(first, 60).ToList();

        Assert.Equal("Tháng", sheet.Cell(UnitReportWorkbook.HistoryHeaderRow, 1).GetString());
        Assert.Equal(UnitReportWorkbook.HistoryHeaderRow, sheet.SheetView.SplitRow);
        Assert.Equal(new DateTime(2024, 11, 1, 0, 0, 0, DateTimeKind.Unspecified), sheet.Cell(first, 1).GetDateTime());
        Assert.Equal("mm/yyyy", sheet.Cell(first, 1).Style.NumberFormat.Format);
        Assert.True(sheet.Cell(first + 60, 1).IsEmpty());
        Assert.All(rows.Where(r => sheet.Cell(r, 6).DataType == XLDataType.Number), r => Assert.Equal("0.0%", sheet.Cell(r, 6).Style.NumberFormat.Format));
        var lastDigitized = rows.Single(r => sheet.Cell(r, 2).GetString() == "DIGITIZED" && sheet.Cell(r, 1).GetDateTime().Month == 10 && sheet.Cell(r, 1).GetDateTime().Year == 2025);
        Assert.Equal(300d / 1234d, sheet.Cell(lastDigitized, 6).GetDouble(), 10);
        Assert.Equal("Thứ hạng", sheet.Cell(UnitReportWorkbook.HistoryHeaderRow, 11).GetString());
    }
}
