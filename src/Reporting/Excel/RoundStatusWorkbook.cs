using ClosedXML.Excel;

namespace TargetsDashboard.Reporting.Excel;

/// <summary>One unit's line in the round's status list, in the words the page shows.</summary>
public sealed record RoundStatusLine(string UnitCode, string UnitName, string Group, string Status, string Deadline, int DaysLate, string SubmittedAt);

/// <summary>The office's status list of a month's reporting round, as filtered on the page.</summary>
/// <param name="Filter">What the list was filtered by, in words ("Nộp muộn · Xã, phường"); empty for every unit.</param>
public sealed record RoundStatusReport(string MonthLabel, string Filter, IReadOnlyList<RoundStatusLine> Lines);

/// <summary>The round's status list as a workbook: one sheet, header on row 3, ready to filter.</summary>
public static class RoundStatusWorkbook
{
    public const string SheetName = "Tình hình nộp";

    public static IReadOnlyList<(string Header, double Width)> Columns { get; } =
    [
        ("Mã đơn vị", 22),
        ("Tên đơn vị", 36),
        ("Nhóm", 16),
        ("Trạng thái", 20),
        ("Hạn nộp", 12),
        ("Số ngày muộn", 13),
        ("Nộp lúc", 17),
    ];

    public static byte[] Create(RoundStatusReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var workbook = ExcelCells.NewWorkbook($"Tình hình nộp báo cáo tháng {report.MonthLabel}");
        var sheet = workbook.AddWorksheet(SheetName);
        ExcelCells.MergedText(sheet, 1, 1, Columns.Count, $"TÌNH HÌNH NỘP BÁO CÁO THÁNG {report.MonthLabel}" + (report.Filter.Length > 0 ? $" ({report.Filter})" : string.Empty), bold: true);
        const int header = 3;
        var row = ExcelCells.TableHeader(sheet, header, Columns);
        foreach (var line in report.Lines)
        {
            sheet.Cell(row, 1).Text(line.UnitCode);
            sheet.Cell(row, 2).Text(line.UnitName);
            sheet.Cell(row, 3).Text(line.Group);
            sheet.Cell(row, 4).Text(line.Status);
            sheet.Cell(row, 5).Text(line.Deadline);
            sheet.Cell(row, 6).Integer(line.DaysLate);
            sheet.Cell(row, 7).Text(line.SubmittedAt);
            row++;
        }

        if (report.Lines.Count > 0)
        {
            ExcelCells.Borders(sheet.Range(header, 1, row - 1, Columns.Count));
            sheet.Range(header, 1, row - 1, Columns.Count).SetAutoFilter();
        }

        ExcelCells.PrintSetup(sheet, XLPageOrientation.Landscape);
        return ExcelCells.ToBytes(workbook);
    }
}
