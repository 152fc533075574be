using System.IO.Compression;
using System.Text;
using ClosedXML.Excel;
using TargetsDashboard.Ingestion.Excel;
using static TargetsDashboard.Ingestion.Tests.TestData.WorkbookEditor;

namespace TargetsDashboard.Ingestion.Tests.TestData;

/// <summary>One malformed or hostile upload and what the user must be told about it, and where.</summary>
/// <param name="Message">A part of the expected Vietnamese message.</param>
/// <param name="Sheet">The sheet the message must name, or null for a problem of the whole file.</param>
public sealed record MalformedCase(
    string Name,
    Func<ImportTestDatabase, Task<byte[]>> Build,
    string Message,
    string? Sheet = null,
    int? Row = null,
    string? Column = null,
    DateOnly? Month = null)
{
    public override string ToString() => Name;
}

/// <summary>
/// The corpus of bad uploads, built deterministically at test time (no binary files to review): each starts from the
/// real template of the month, fills two units with valid figures and breaks one thing, or builds hostile bytes.
/// </summary>
public static class MalformedWorkbooks
{
    public const string Sheet = ImportTemplateLayout.DataSheet;

    /// <summary>The month a test locks; nothing else uses it.</summary>
    public static readonly DateOnly LockedMonth = new(2025, 12, 1);

    public static IReadOnlyList<MalformedCase> All { get; } =
    [
        new("unknown-unit", db => Filled(db, s => s.Cell(2, 2).SetValue("xa-khong-ton-tai")), "Không có đơn vị nào mã 'xa-khong-ton-tai'", Sheet, 2, "B"),
        new("unknown-indicator", db => Filled(db, s => s.Cell(3, 4).SetValue("ABC")), "Không có chỉ tiêu nào mã 'ABC'", Sheet, 3, "D"),
        new("missing-indicator", db => Filled(db, s => s.Cell(3, 4).Clear(XLClearOptions.Contents)), "Thiếu mã chỉ tiêu.", Sheet, 3, "D"),
        new("text-in-number", db => Filled(db, s => Figures(s, 4, "một trăm", 100)), "Tử số phải là số; ô này có 'một trăm'", Sheet, 4, "F"),
        new("thousands-text-in-number", db => Filled(db, s => Figures(s, 4, 50, "1.200")), "Mẫu số phải là số; ô này có '1.200'", Sheet, 4, "G"),
        new("negative", db => Filled(db, s => Figures(s, 5, 5, -5)), "Mẫu số không được âm; ô này có -5", Sheet, 5, "G"),
        new("numerator-above-denominator", db => Filled(db, s => Figures(s, 2, 150, 100)), "Tử số (150) lớn hơn mẫu số (100)", Sheet, 2, "F"),
        new("fraction", db => Filled(db, s => Figures(s, 3, 12.5, 100)), "phải là số nguyên; ô này có 12,5", Sheet, 3, "F"),
        new("huge-number", db => Filled(db, s => Figures(s, 2, 50, 1e15)), "Mẫu số quá lớn (1.000.000.000.000.000)", Sheet, 2, "G"),
        new("duplicate-row", db => Filled(db, s =>
        {
            s.Cell(8, 2).SetValue(s.Cell(2, 2).GetString());
            s.Cell(8, 4).SetValue(s.Cell(2, 4).GetString());
        }), "Trùng đơn vị và chỉ tiêu với Trang tính 'Số liệu', dòng 2", Sheet, 8, null),
        new("month-differs", db => Filled(db, s => s.Cell(4, 1).SetValue("10/2025")), "Dòng này là số liệu tháng 10/2025, khác tháng đã chọn 11/2025", Sheet, 4, "A"),
        new("month-unreadable", db => Filled(db, s => s.Cell(4, 1).SetValue("tháng mười")), "Không hiểu tháng 'tháng mười'", Sheet, 4, "A"),
        new("missing-numerator", db => Filled(db, s => Figures(s, 5, null, 100)), "Thiếu tử số.", Sheet, 5, "F"),
        new("missing-denominator", db => Filled(db, s => Figures(s, 6, 40, null)), "Thiếu mẫu số.", Sheet, 6, "G"),
        new("missing-unit-code", db => Filled(db, s => s.Cell(3, 2).Clear(XLClearOptions.Contents)), "Thiếu mã đơn vị.", Sheet, 3, "B"),
        new("empty-file", _ => Task.FromResult(Array.Empty<byte>()), "Tệp rỗng (0 byte)"),
        new("no-data-rows", db => db.TemplateAsync(), "không có dòng số liệu nào"),
        new("header-only", async db => Edit(await db.TemplateAsync(), w => w.Worksheet(Sheet).Rows(2, w.Worksheet(Sheet).LastRowUsed().RowNumber()).Delete()), "không có dòng số liệu nào"),
        new("wrong-template-version", db => Filled(db, s => s.Workbook.Worksheet(ImportTemplateLayout.MarkerSheet).Cell(1, 1).SetValue("TargetsDashboard.NhapSoLieu.v0")), "mẫu phiên bản 'TargetsDashboard.NhapSoLieu.v0'"),
        new("not-a-template", _ => Task.FromResult(PlainWorkbook()), "không phải tệp mẫu nhập số liệu hiện hành"),
        new("missing-sheet", db => Filled(db, s => s.Name = "Sheet1"), "Tệp không có trang tính 'Số liệu'"),
        new("headers-moved", db => Filled(db, s =>
        {
            s.Cell(1, 6).SetValue("Mẫu số");
            s.Cell(1, 7).SetValue("Tử số");
        }), "Tiêu đề cột phải là 'Tử số' nhưng là 'Mẫu số'", Sheet, 1, "F"),
        new("header-renamed", db => Filled(db, s => s.Cell(1, 2).SetValue("Ma DV")), "Tiêu đề cột phải là 'Mã đơn vị' nhưng là 'Ma DV'", Sheet, 1, "B"),
        new("column-inserted", db => Filled(db, s => s.Column(3).InsertColumnsBefore(1)), "Thiếu tiêu đề cột 'Tên đơn vị'", Sheet, 1, "C"),
        new("old-xls-bytes", _ => Task.FromResult(OleBytes()), "Excel 97–2003 (.xls)"),
        new("xlsm-with-vba-project", db => Macro(db), "có chứa macro (VBA)"),
        new("macro-content-type-only", async db => Zip(await FilledBytes(db), (name, content) => name == "[Content_Types].xml"
            ? Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(content).Replace("spreadsheetml.sheet.main+xml", "ms-excel.sheet.macroEnabled.main+xml", StringComparison.Ordinal))
            : content), "có chứa macro (VBA)"),
        new("csv-renamed-xlsx", _ => Task.FromResult(Encoding.UTF8.GetBytes("Tháng,Mã đơn vị,Mã chỉ tiêu,Tử số,Mẫu số\n11/2025,so-tu-phap,DIGITIZED,50,100\n")), "không phải bảng tính Excel (.xlsx)"),
        new("random-bytes", _ => Task.FromResult(RandomBytes(4096)), "không phải bảng tính Excel (.xlsx)"),
        new("zip-without-workbook", _ => Task.FromResult(ZipOf(("readme.txt", Encoding.UTF8.GetBytes("xin chào")))), "không phải bảng tính Excel (.xlsx)"),
        new("truncated-xlsx", async db => (await FilledBytes(db))[..4000], "Không đọc được tệp Excel"),
        new("zip-bomb-ratio", async db => Zip(await FilledBytes(db), (_, c) => c, [("xl/media/image1.png", new byte[50 * 1024 * 1024])]), "nội dung nén bất thường"),
        new("too-many-rows", db => Filled(db, s => s.Cell(100_001, 1).SetValue("x")), "có tới 100.001 dòng, vượt giới hạn 100.000 dòng"),
        new("over-size-limit", _ => Task.FromResult(OverSize()), "Tệp lớn hơn 10 MB"),

        // Under 10 MB and free of errors in the columns read, but 17 MB of sheet XML in columns J and beyond.
        new("sheet-part-over-limit", async db => UnreadColumns.Fill(await FilledBytes(db), 250_000, 60), "Trang tính 'Số liệu' quá lớn khi giải nén (hơn 16 MB)"),
        new("too-many-cells", async db => UnreadColumns.Fill(await FilledBytes(db), 300_001, 0), "làm tệp có hơn 300.000 ô"),
        new("formula-without-cached-value", async db => Formula(await FilledBytes(db), "F2", "100/2", null), "chứa công thức nhưng không có giá trị đã tính", Sheet, 2, "F"),
        new("formula-error-value", async db => Formula(await FilledBytes(db), "G3", "1/0", "#DIV/0!"), "Mẫu số phải là số; ô này có '#DIV/0!'", Sheet, 3, "G"),
        new("locked-month", db => Filled(db, _ => { }, LockedMonth), "Tháng 12/2025 đã khóa sổ", Month: LockedMonth),
        new("inactive-merged-unit", db => Filled(db, s => s.Cell(2, 2).SetValue(db.MergedUnitCode)), "không hoạt động trong tháng 11/2025: đã sáp nhập vào", Sheet, 2, "B"),
    ];

    /// <summary>The template with the first two units' ten rows filled with 50 / 100, then <paramref name="defect"/>.</summary>
    public static async Task<byte[]> Filled(ImportTestDatabase db, Action<IXLWorksheet> defect, DateOnly? month = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        return EditData(await db.TemplateAsync(month), sheet =>
        {
            for (var row = 2; row <= 11; row++)
            {
                Figures(sheet, row, 50, 100);
            }

            defect(sheet);
        });
    }

    public static Task<byte[]> FilledBytes(ImportTestDatabase db) => Filled(db, _ => { });

    private static async Task<byte[]> Macro(ImportTestDatabase db) =>
        Zip(await FilledBytes(db), (name, content) => name == "[Content_Types].xml"
            ? Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(content).Replace("</Types>", "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>", StringComparison.Ordinal))
            : content, [("xl/vbaProject.bin", RandomBytes(2048))]);

    /// <summary>A workbook with the right sheet and headers but made by hand, not from the template.</summary>
    private static byte[] PlainWorkbook()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet(Sheet);
        for (var i = 0; i < ImportTemplateLayout.Columns.Count; i++)
        {
            sheet.Cell(1, i + 1).SetValue(ImportTemplateLayout.Columns[i].Header);
        }

        sheet.Cell(2, 1).SetValue("11/2025");
        sheet.Cell(2, 2).SetValue("so-tu-phap");
        sheet.Cell(2, 4).SetValue("DIGITIZED");
        sheet.Cell(2, 6).SetValue(50);
        sheet.Cell(2, 7).SetValue(100);
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    /// <summary>The compound-document signature of Excel 97–2003, then filler.</summary>
    private static byte[] OleBytes()
    {
        var bytes = RandomBytes(8192);
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(bytes, 0);
        return bytes;
    }

    /// <summary>Just over 10 MB, starting like a zip.</summary>
    private static byte[] OverSize()
    {
        var bytes = new byte[(10 * 1024 * 1024) + 1];
        bytes[0] = 0x50;
        bytes[1] = 0x4B;
        bytes[2] = 0x03;
        bytes[3] = 0x04;
        return bytes;
    }

    /// <summary>Deterministic noise: the same bytes on every run.</summary>
    public static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
#pragma warning disable CA5394 // Test data, not security.
        new Random(20251122).NextBytes(bytes);
#pragma warning restore CA5394
        bytes[0] = 0x13;
        return bytes;
    }

    private static byte[] ZipOf(params (string Name, byte[] Content)[] entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(content);
            }
        }

        return output.ToArray();
    }
}
