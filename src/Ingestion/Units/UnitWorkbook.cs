using System.Globalization;
using ClosedXML.Excel;
using TargetsDashboard.Formatting;
using TargetsDashboard.Data.Seeding;
using TargetsDashboard.Ingestion.Excel;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Ingestion.Units;

/// <summary>A row of a units workbook, read and checked on its own (the database is asked later, by <see cref="UnitImporter"/>).</summary>
/// <param name="Code">The code as written (made URL-safe), or empty when the file leaves it to be generated from the name.</param>
public sealed record UnitRow(int Row, string Code, string Name, UnitKind Kind, DateOnly ValidFrom, string? SuccessorCode);

/// <summary>What a units workbook holds: its rows, or the problems that keep it from being read.</summary>
public sealed record UnitUpload(string FileName, IReadOnlyList<UnitRow> Rows, IReadOnlyList<FigureIssue> Issues);

/// <summary>
/// The units workbook: one sheet, columns code, name, kind, valid from, successor. The template an administrator
/// downloads and the reader of what is uploaded, behind the same <see cref="WorkbookGuard"/> as the figures' import.
/// </summary>
public static class UnitWorkbook
{
    public const string Sheet = "DonVi";
    public const string TemplateFileName = "mau-danh-muc-don-vi.xlsx";

    /// <summary>A province lists a few hundred units; a national file a few thousand.</summary>
    public const int MaxUnits = 5_000;

    public static IReadOnlyList<string> Headers { get; } = ["Mã đơn vị", "Tên đơn vị", "Loại", "Hiệu lực từ", "Sáp nhập vào (mã)"];

    private static readonly CultureInfo Vietnamese = Vietnam.Culture;

    /// <summary>The words the "Loại" column accepts, as the pages write them.</summary>
    public static IReadOnlyDictionary<string, UnitKind> KindWords { get; } = new Dictionary<string, UnitKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["Sở, ban, ngành"] = UnitKind.Department,
        ["Phường"] = UnitKind.Ward,
        ["Xã"] = UnitKind.Commune,
    };

    /// <summary>The template: headers, two example rows to overwrite, and a sheet that explains each column.</summary>
    public static byte[] Template()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet(Sheet);
        for (var column = 1; column <= Headers.Count; column++)
        {
            sheet.Cell(1, column).Value = Headers[column - 1];
        }

        sheet.Row(1).Style.Font.Bold = true;
        sheet.Cell(2, 1).Value = "so-tu-phap";
        sheet.Cell(2, 2).Value = "Sở Tư pháp";
        sheet.Cell(2, 3).Value = "Sở, ban, ngành";
        sheet.Cell(2, 4).Value = new DateTime(2025, 7, 1);
        sheet.Cell(3, 2).Value = "Phường Trung Tâm";
        sheet.Cell(3, 3).Value = "Phường";
        sheet.Cell(3, 4).Value = new DateTime(2025, 7, 1);
        sheet.Column(4).Style.DateFormat.Format = "dd/MM/yyyy";
        sheet.Columns(1, Headers.Count).Width = 28;

        var help = workbook.AddWorksheet("HuongDan");
        string[] lines =
        [
            "Mỗi dòng của trang tính DonVi là một đơn vị. Xóa hai dòng ví dụ trước khi nhập.",
            "Mã đơn vị: chữ không dấu, số và dấu gạch ngang (vd. so-tu-phap); để trống để tạo từ tên. Mã không được trùng và không dùng lại mã đã có.",
            "Tên đơn vị: bắt buộc, tối đa 200 ký tự.",
            "Loại: Sở, ban, ngành; Phường; hoặc Xã.",
            "Hiệu lực từ: ngày đơn vị bắt đầu tồn tại, dạng dd/MM/yyyy.",
            "Sáp nhập vào (mã): để trống, hoặc mã của đơn vị tiếp nhận (trong tệp hoặc đã có); đơn vị này kết thúc vào ngày trước ngày hiệu lực của đơn vị tiếp nhận.",
            "Nhập là ghi tất cả hoặc không ghi gì; đơn vị đã có với cùng tên, loại và ngày hiệu lực được bỏ qua.",
        ];
        for (var i = 0; i < lines.Length; i++)
        {
            help.Cell(i + 1, 1).Value = lines[i];
        }

        // The kinds' words contain a comma, so the drop-down reads them from cells rather than from a comma-separated list.
        var kinds = KindWords.Keys.ToList();
        for (var i = 0; i < kinds.Count; i++)
        {
            help.Cell(i + 1, 3).Value = kinds[i];
        }

        sheet.Range(2, 3, MaxUnits + 1, 3).SetDataValidation().List(help.Range(1, 3, kinds.Count, 3), true);

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>Reads an upload; never throws on bad input: each problem names its sheet, row and column.</summary>
    public static UnitUpload Read(byte[] bytes, string fileName, ImportReaderOptions limits)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(limits);
        if (WorkbookGuard.Check(bytes, limits) is { } problem)
        {
            return new UnitUpload(fileName, [], [FigureIssue.ForBatch(problem)]);
        }

        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(new MemoryStream(bytes, writable: false));
        }
#pragma warning disable CA1031 // A parser of untrusted input may throw anything; the user gets a message, not a 500.
        catch (Exception)
#pragma warning restore CA1031
        {
            return new UnitUpload(fileName, [], [FigureIssue.ForBatch(ExcelImportMessages.Unreadable)]);
        }

        using (workbook)
        {
            var issues = new List<FigureIssue>();
            var rows = new List<UnitRow>();
            ReadSheet(workbook, rows, issues);
            return new UnitUpload(fileName, rows, issues);
        }
    }

    private static void ReadSheet(XLWorkbook workbook, List<UnitRow> rows, List<FigureIssue> issues)
    {
        if (!workbook.TryGetWorksheet(Sheet, out var sheet))
        {
            issues.Add(FigureIssue.ForBatch($"Tệp không có trang tính '{Sheet}'. Hãy dùng tệp mẫu danh mục đơn vị ({TemplateFileName})."));
            return;
        }

        for (var column = 1; column <= Headers.Count; column++)
        {
            var found = sheet.Cell(1, column).GetString().Trim();
            if (!string.Equals(found, Headers[column - 1], StringComparison.OrdinalIgnoreCase))
            {
                issues.Add(new FigureIssue(Sheet, 1, Letter(column), ExcelImportMessages.WrongHeader(Headers[column - 1], found)));
            }
        }

        var lastRow = sheet.LastRowUsed()?.RowNumber() ?? 0;
        if (issues.Count > 0 || lastRow - 1 > MaxUnits)
        {
            if (issues.Count == 0)
            {
                issues.Add(FigureIssue.ForBatch(ExcelImportMessages.TooManyRows(Sheet, lastRow, MaxUnits + 1)));
            }

            return;
        }

        for (var row = 2; row <= lastRow; row++)
        {
            if (Enumerable.Range(1, Headers.Count).All(c => sheet.Cell(row, c).IsEmpty()))
            {
                continue;
            }

            if (ReadRow(sheet, row, issues) is { } unit)
            {
                rows.Add(unit);
            }
        }

        if (rows.Count == 0 && issues.Count == 0)
        {
            issues.Add(FigureIssue.ForBatch("Tệp không có đơn vị nào: hãy điền từ dòng 2 của trang tính DonVi."));
        }
    }

    private static UnitRow? ReadRow(IXLWorksheet sheet, int row, List<FigureIssue> issues)
    {
        var before = issues.Count;
        void Problem(int column, string message) => issues.Add(new FigureIssue(Sheet, row, Letter(column), message));

        var codeText = sheet.Cell(row, 1).GetString().Trim();
        var code = UnitCatalog.Slug(codeText);
        if (codeText.Length > 0 && (code.Length == 0 || code.Length > 64))
        {
            Problem(1, $"Mã đơn vị “{Shorten(codeText)}” không dùng được: cần 1–64 chữ không dấu, số hoặc dấu gạch ngang.");
        }

        var name = sheet.Cell(row, 2).GetString().Trim();
        if (name.Length == 0)
        {
            Problem(2, "Thiếu tên đơn vị.");
        }
        else if (name.Length > 200)
        {
            Problem(2, "Tên đơn vị dài quá 200 ký tự.");
        }

        var kindText = sheet.Cell(row, 3).GetString().Trim();
        if (!KindWords.TryGetValue(kindText, out var kind))
        {
            Problem(3, kindText.Length == 0 ? "Thiếu loại đơn vị (Sở, ban, ngành; Phường; hoặc Xã)." : $"Không hiểu loại “{Shorten(kindText)}”: hãy ghi Sở, ban, ngành; Phường; hoặc Xã.");
        }

        var validFrom = ReadDate(sheet.Cell(row, 4));
        if (validFrom is null)
        {
            Problem(4, sheet.Cell(row, 4).IsEmpty() ? "Thiếu ngày hiệu lực (dd/MM/yyyy)." : $"Không hiểu ngày “{Shorten(sheet.Cell(row, 4).GetString())}”: hãy ghi dạng dd/MM/yyyy, từ năm 2000 đến 2100.");
        }

        var successorText = sheet.Cell(row, 5).GetString().Trim();
        var successor = successorText.Length == 0 ? null : UnitCatalog.Slug(successorText);
        if (successor is { Length: 0 or > 64 })
        {
            Problem(5, $"Mã đơn vị tiếp nhận “{Shorten(successorText)}” không dùng được.");
        }

        return issues.Count == before ? new UnitRow(row, code, name, kind, validFrom!.Value, successor) : null;
    }

    private static DateOnly? ReadDate(IXLCell cell)
    {
        DateOnly? date = cell.DataType == XLDataType.DateTime
            ? DateOnly.FromDateTime(cell.GetDateTime())
            : DateOnly.TryParseExact(cell.GetString().Trim(), ["dd/MM/yyyy", "d/M/yyyy"], Vietnamese, DateTimeStyles.None, out var parsed) ? parsed : null;
        return date is { Year: >= 2000 and <= 2100 } ? date : null;
    }

    private static string Letter(int column) => ((char)('A' + column - 1)).ToString();

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
