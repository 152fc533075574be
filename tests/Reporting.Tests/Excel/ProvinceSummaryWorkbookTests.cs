using ClosedXML.Excel;
using TargetsDashboard.Formatting;
using TargetsDashboard.Kpi;
using TargetsDashboard.Reporting.Excel;

namespace TargetsDashboard.Reporting.Tests;

public class ProvinceSummaryWorkbookTests
{
    private static XLWorkbook Open(ProvinceSummaryModel model, string? saveAs = null)
    {
        var bytes = ProvinceSummaryWorkbook.Create(model);
        if (saveAs is not null)
        {
            Artifacts.Save(saveAs, bytes);
        }

        return new XLWorkbook(new MemoryStream(bytes));
    }

    [Fact]
    public void Create_ProvinceSummary_OneSheetPerTableWithVietnameseNames()
    {
        using var workbook = Open(ProvinceTestData.Summary(), "bao-cao-tong-hop-thang-10-2025.xlsx");

        Assert.Equal(
            ["Tổng hợp toàn tỉnh", "Xếp hạng sở, ban, ngành", "Xếp hạng xã, phường", "Bảng trạng thái", "Tăng, giảm hạng", "Chưa đạt từ 3 chỉ tiêu"],
            workbook.Worksheets.Select(s => s.Name));
        var totals = workbook.Worksheet(ProvinceSummaryWorkbook.TotalsSheetName);
        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI", totals.Cell("A1").GetString());
        Assert.Equal("VĂN PHÒNG", totals.Cell("A2").GetString());
        Assert.Equal("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", totals.Cell("D1").GetString());
        Assert.Equal("BÁO CÁO", totals.Cell("A5").GetString());
    }

    [Fact]
    public void Create_TotalsSheet_RatiosAreNumbersWithPercentFormatAndCountsOfUnits()
    {
        var model = ProvinceTestData.Summary();
        using var workbook = Open(model);
        var sheet = workbook.Worksheet(ProvinceSummaryWorkbook.TotalsSheetName);

        var row = ProvinceSummaryWorkbook.TotalsHeaderRow + 1;
        foreach (var total in model.Totals)
        {
            Assert.Equal(total.Indicator.Name, sheet.Cell(row, 2).GetString());
            Assert.Equal(XLDataType.Number, sheet.Cell(row, 5).DataType);
            Assert.Equal((double)total.Ratio!.Value, sheet.Cell(row, 5).GetDouble(), 10);
            Assert.Equal("0.0%", sheet.Cell(row, 5).Style.NumberFormat.Format);
            Assert.Equal((double)total.Denominator!.Value, sheet.Cell(row, 4).GetDouble());
            Assert.Equal("#,##0", sheet.Cell(row, 4).Style.NumberFormat.Format);
            Assert.Equal(total.UnitsMeeting, sheet.Cell(row, 9).GetValue<int>());
            Assert.Equal(total.UnitsReported, sheet.Cell(row, 10).GetValue<int>());
            Assert.Equal(110, sheet.Cell(row, 11).GetValue<int>());
            row++;
        }
    }

    [Fact]
    public void Create_RankingAndGridSheets_HoldEveryUnitWithNumbersFrozenHeaderAndFilter()
    {
        var model = ProvinceTestData.Summary();
        using var workbook = Open(model);
        var ranking = workbook.Worksheet(ProvinceSummaryWorkbook.CommunesSheetName);
        var grid = workbook.Worksheet(ProvinceSummaryWorkbook.GridSheetName);
        var communes = model.Groups[1];

        Assert.Equal(communes.Ranking.Count, ranking.RangeUsed()!.LastRow().RowNumber() - ProvinceSummaryWorkbook.HeaderRow);
        var first = communes.Ranking[0];
        Assert.Equal(first.Rank, ranking.Cell(ProvinceSummaryWorkbook.HeaderRow + 1, 1).GetValue<int>());
        Assert.Equal(first.Unit.Name, ranking.Cell(ProvinceSummaryWorkbook.HeaderRow + 1, 3).GetString());
        Assert.Equal((double)Math.Round(first.Score!.Value, 4), ranking.Cell(ProvinceSummaryWorkbook.HeaderRow + 1, 5).GetDouble(), 6);
        Assert.Equal(ProvinceSummaryWorkbook.HeaderRow, ranking.SheetView.SplitRow);
        Assert.True(ranking.AutoFilter.IsEnabled);

        Assert.Equal(110, grid.RangeUsed()!.LastRow().RowNumber() - ProvinceSummaryWorkbook.HeaderRow);
        Assert.Equal("Phi địa giới: tỷ lệ", grid.Cell(ProvinceSummaryWorkbook.HeaderRow, 5).GetString());
        var cell = model.StatusGrid[0].Cells[0];
        var ratio = grid.Cell(ProvinceSummaryWorkbook.HeaderRow + 1, 5);
        Assert.Equal(XLDataType.Number, ratio.DataType);
        Assert.Equal((double)cell.Ratio!.Value, ratio.GetDouble(), 10);
        Assert.Equal("0.0%", ratio.Style.NumberFormat.Format);
        Assert.Equal(VietnameseFormat.Status(cell.Status), grid.Cell(ProvinceSummaryWorkbook.HeaderRow + 1, 6).GetString());
        Assert.Contains(grid.RowsUsed().SelectMany(r => r.CellsUsed()), c => c.GetString() == "Chưa có số liệu");
    }

    [Fact]
    public void Create_BelowTargetSheet_ListsUnitsMissingThreeOrMoreWithTheirIndicators()
    {
        var model = ProvinceTestData.Summary();
        using var workbook = Open(model);
        var sheet = workbook.Worksheet(ProvinceSummaryWorkbook.BelowTargetSheetName);
        var below = model.Groups.SelectMany(g => g.BelowTarget).ToList();

        Assert.Equal(below.Count, sheet.RangeUsed()!.LastRow().RowNumber() - ProvinceSummaryWorkbook.HeaderRow);
        Assert.Equal(below[0].Unit.Name, sheet.Cell(ProvinceSummaryWorkbook.HeaderRow + 1, 2).GetString());
        Assert.True(sheet.Cell(ProvinceSummaryWorkbook.HeaderRow + 1, 5).GetValue<int>() >= 3);
    }

    [Fact]
    public void Create_UnitNameLikeAFormula_StaysText()
    {
        var model = ProvinceTestData.Summary(ProvinceTestData.Engine("=HYPERLINK(\"http://example.com\",\"xem\")"));
        using var workbook = Open(model);

        var cells = workbook.Worksheets.SelectMany(s => s.CellsUsed()).Where(c => c.GetString().StartsWith("=HYPERLINK", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(cells);
        Assert.All(cells, c =>
        {
            Assert.False(c.HasFormula);
            Assert.Equal(XLDataType.Text, c.DataType);
        });
        Assert.Equal(PeerGroup.CommunesAndWards, model.StatusGrid.First(r => r.Unit.Name.StartsWith('=')).Unit.PeerGroup);
    }
}
