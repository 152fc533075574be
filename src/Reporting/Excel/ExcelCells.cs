using ClosedXML.Excel;

namespace TargetsDashboard.Reporting.Excel;

/// <summary>Cell writing shared by the workbooks: user text never becomes a formula, numbers stay numbers.</summary>
internal static class ExcelCells
{
    public const string RatioFormat = "0.0%";
    public const string ThresholdFormat = "0%";
    public const string CountFormat = "#,##0";
    public const string PointsFormat = "+0.0;-0.0;0.0";
    public const string ScoreFormat = "0.0";
    public const string MonthFormat = "mm/yyyy";
    public const string FontName = "Times New Roman";

    /// <summary>
    /// Writes text as a string cell. Text that came from users (names, notes) can start with = + - @, which Excel
    /// and LibreOffice would read as a formula when the cell is edited or the file re-saved: such text is typed as
    /// text explicitly and given the quote prefix.
    /// </summary>
    public static IXLCell Text(this IXLCell cell, string? text)
    {
        var value = text ?? string.Empty;
        cell.SetValue(value);
        cell.DataType = XLDataType.Text;
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            cell.Style.IncludeQuotePrefix = true;
        }

        return cell;
    }

    /// <summary>A count (numerator, denominator) as a number, or a dash when unknown.</summary>
    public static IXLCell Count(this IXLCell cell, long? value) =>
        value is { } v ? Known(cell.SetValue(v), CountFormat) : Missing(cell, "–");

    /// <summary>A fraction (0.734) as a number with a percentage format; unknown as "Chưa có số liệu", never 0%.</summary>
    public static IXLCell Ratio(this IXLCell cell, decimal? ratio, string format = RatioFormat) =>
        ratio is { } r ? Known(cell.SetValue((double)r), format) : Missing(cell, VietnameseFormat.Unknown);

    /// <summary>A decimal with a format, or a dash when unknown.</summary>
    public static IXLCell Number(this IXLCell cell, decimal? value, string format) =>
        value is { } v ? Known(cell.SetValue((double)Math.Round(v, 4)), format) : Missing(cell, "–");

    /// <summary>An integer, or a dash when unknown.</summary>
    public static IXLCell Integer(this IXLCell cell, int? value) =>
        value is { } v ? Known(cell.SetValue(v), null) : Missing(cell, "–");

    // A number just written: its format (if any) and right-aligned, as numbers are.
    private static IXLCell Known(IXLCell cell, string? format)
    {
        if (format is not null)
        {
            cell.Style.NumberFormat.Format = format;
        }

        cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
        return cell;
    }

    // An unknown value: a centred word or dash, never a 0 that reads as a figure.
    private static IXLCell Missing(IXLCell cell, string text)
    {
        cell.Text(text);
        cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        return cell;
    }

    /// <summary>Bold header cells with borders and wrapped, centred text.</summary>
    public static void StyleTableHeader(IXLRange range)
    {
        range.Style.Font.Bold = true;
        range.Style.Alignment.WrapText = true;
        range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        range.Style.Fill.BackgroundColor = XLColor.FromHtml("#F2F2F2");
        Borders(range);
    }

    /// <summary>
    /// A table's header row from its columns (header text, width), the first in <paramref name="firstColumn"/>: the column
    /// widths, the header cells styled as <see cref="StyleTableHeader"/>. Returns the row the table's data starts on.
    /// </summary>
    public static int TableHeader(IXLWorksheet sheet, int row, IReadOnlyList<(string Header, double Width)> columns, int firstColumn = 1)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            sheet.Column(firstColumn + i).Width = columns[i].Width;
            sheet.Cell(row, firstColumn + i).Text(columns[i].Header);
        }

        StyleTableHeader(sheet.Range(row, firstColumn, row, firstColumn + columns.Count - 1));
        return row + 1;
    }

    /// <summary>The italic row of column numbers (1), (2), … under a table header.</summary>
    public static void ColumnNumbers(IXLWorksheet sheet, int row, int firstColumn, int count)
    {
        for (var i = 0; i < count; i++)
        {
            sheet.Cell(row, firstColumn + i).Text($"({i + 1})");
        }

        var range = sheet.Range(row, firstColumn, row, firstColumn + count - 1);
        range.Style.Font.Italic = true;
        range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        Borders(range);
    }

    public static void Borders(IXLRange range)
    {
        range.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        range.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
    }

    /// <summary>Merges a row's cells and writes centred text into them.</summary>
    public static IXLRange MergedText(IXLWorksheet sheet, int row, int firstColumn, int lastColumn, string text, bool bold = false, bool italic = false, double? size = null)
    {
        sheet.Cell(row, firstColumn).Text(text);
        var range = sheet.Range(row, firstColumn, row, lastColumn).Merge();
        range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        range.Style.Font.Bold = bold;
        range.Style.Font.Italic = italic;
        if (size is { } s)
        {
            range.Style.Font.FontSize = s;
        }

        return range;
    }

    /// <summary>
    /// A row height for wrapped text in a merged range (Excel does not fit merged rows itself, and
    /// AdjustToContents is unavailable here): lines estimated from the text and the merged width.
    /// </summary>
    public static double WrappedHeight(string text, double widthInCharacters, double lineHeight = 16)
    {
        var lines = 0;
        foreach (var paragraph in text.Split('\n'))
        {
            lines += Math.Max(1, (int)Math.Ceiling(paragraph.TrimEnd('\r').Length / Math.Max(1, widthInCharacters * 0.95)));
        }

        return Math.Min(409, Math.Max(1, lines) * lineHeight);
    }

    public static XLWorkbook NewWorkbook(string title)
    {
        // The font goes on each used range (UseFont), not on workbook.Style: a workbook-wide style makes
        // ClosedXML 0.95.4 write an unsorted <cols> element (11–16384 before 1–10), which Excel repairs.
        var workbook = new XLWorkbook();
        workbook.Properties.Title = title;
        workbook.Properties.Author = "TargetsDashboard";
        return workbook;
    }

    /// <summary>The report font on every used cell of every sheet.</summary>
    public static void UseFont(XLWorkbook workbook)
    {
        foreach (var sheet in workbook.Worksheets)
        {
            if (sheet.RangeUsed() is { } used)
            {
                used.Style.Font.FontName = FontName;
            }
        }
    }

    public static byte[] ToBytes(XLWorkbook workbook)
    {
        UseFont(workbook);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>A4, fitted to the page width, margins close to Decree 30/2020 (top/bottom 20 mm, left 30 mm, right 15 mm).</summary>
    public static void PrintSetup(IXLWorksheet sheet, XLPageOrientation orientation)
    {
        sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        sheet.PageSetup.PageOrientation = orientation;
        sheet.PageSetup.FitToPages(1, 0);
        sheet.PageSetup.Margins.Top = 0.79;
        sheet.PageSetup.Margins.Bottom = 0.79;
        sheet.PageSetup.Margins.Left = 1.18;
        sheet.PageSetup.Margins.Right = 0.59;
    }
}
