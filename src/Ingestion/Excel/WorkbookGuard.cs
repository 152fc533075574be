using System.IO.Compression;
using System.Xml;

namespace TargetsDashboard.Ingestion.Excel;

/// <summary>
/// Looks at an upload's bytes before ClosedXML may open it: size, format (old .xls, csv, renamed files, macro
/// workbooks), zip bombs and absurd sheet sizes. A parser fed a hostile file can take the server's memory or time;
/// these checks only read the zip directory and stream a few XML parts.
/// </summary>
public static class WorkbookGuard
{
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Entries smaller than this are not judged by their ratio: tiny XML parts compress very well legitimately.</summary>
    private const long RatioCheckFloor = 1024 * 1024;

    /// <summary>The problem with the file, in Vietnamese, or null when ClosedXML may open it.</summary>
    public static string? Check(byte[] bytes, ImportReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(options);
        if (bytes.Length == 0)
        {
            return ExcelImportMessages.EmptyFile;
        }

        if (bytes.Length > options.MaxFileBytes)
        {
            return ExcelImportMessages.TooLarge(options.MaxFileBytes);
        }

        if (bytes.AsSpan().StartsWith(OleSignature))
        {
            return ExcelImportMessages.OldExcelFormat;
        }

        if (!bytes.AsSpan().StartsWith(ZipSignature))
        {
            return ExcelImportMessages.NotAnXlsx;
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            return CheckEntries(zip, options) ?? CheckContentTypes(zip) ?? CheckSheetSizes(zip, options) ?? CheckPartSizes(zip, options);
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException or NotSupportedException)
        {
            return ExcelImportMessages.Unreadable;
        }
    }

    private static string? CheckEntries(ZipArchive zip, ImportReaderOptions options)
    {
        if (zip.Entries.Count > options.MaxZipEntries)
        {
            return ExcelImportMessages.TooManyEntries(options.MaxZipEntries);
        }

        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            if (total > options.MaxUncompressedBytes)
            {
                return ExcelImportMessages.ZipBomb;
            }

            if (entry.Length > RatioCheckFloor && entry.Length > options.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
            {
                return ExcelImportMessages.ZipBomb;
            }

            if (entry.Length > options.MaxPartBytes && entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            {
                return ExcelImportMessages.PartTooLarge(PartName(zip, entry), options.MaxPartBytes);
            }

            if (entry.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase))
            {
                return ExcelImportMessages.MacroWorkbook;
            }
        }

        return null;
    }

    /// <summary>An .xlsx declares a plain workbook; .xlsm, .xltm and add-ins declare a macro-enabled one.</summary>
    private static string? CheckContentTypes(ZipArchive zip)
    {
        var entry = zip.GetEntry("[Content_Types].xml");
        if (entry is null || zip.GetEntry("xl/workbook.xml") is null && !HasWorkbookPart(zip))
        {
            return ExcelImportMessages.NotAnXlsx;
        }

        var text = ReadBounded(entry, 1024 * 1024);
        if (text is null)
        {
            return ExcelImportMessages.ZipBomb;
        }

        if (text.Contains("vbaProject", StringComparison.OrdinalIgnoreCase) || text.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
        {
            return ExcelImportMessages.MacroWorkbook;
        }

        return text.Contains("spreadsheetml.sheet.main+xml", StringComparison.Ordinal) ? null : ExcelImportMessages.NotAnXlsx;
    }

    private static bool HasWorkbookPart(ZipArchive zip) => zip.Entries.Any(e => e.FullName.EndsWith("workbook.xml", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Streams each worksheet part and refuses one whose rows go beyond the limit (a used range stretched to row a
    /// million loads as a million rows in ClosedXML), whose inflated XML goes beyond the part limit (its declared size
    /// can lie), or that takes the workbook's cells beyond the limit (cells in columns the import never reads cost the
    /// same memory and time as the ones it reads).
    /// </summary>
    private static string? CheckSheetSizes(ZipArchive zip, ImportReaderOptions options)
    {
        var names = SheetNames(zip);
        var cells = 0;
        foreach (var entry in zip.Entries.Where(IsWorksheet))
        {
            var maxRow = 0;
            var rows = 0;
            string Name() => names.TryGetValue(entry.FullName, out var n) ? n : Path.GetFileNameWithoutExtension(entry.Name);
            using var stream = new CountingStream(entry.Open(), options.MaxPartBytes);
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true });
            while (Next(reader, stream))
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.LocalName == "c" && ++cells > options.MaxCells)
                {
                    return ExcelImportMessages.TooManyCells(Name(), options.MaxCells);
                }

                if (reader.LocalName != "row")
                {
                    continue;
                }

                rows++;
                maxRow = int.TryParse(reader.GetAttribute("r"), out var r) ? Math.Max(maxRow, r) : Math.Max(maxRow, rows);
                if (maxRow > options.MaxRows)
                {
                    return ExcelImportMessages.TooManyRows(Name(), maxRow, options.MaxRows);
                }
            }

            if (stream.Exceeded)
            {
                return ExcelImportMessages.PartTooLarge(ExcelImportMessages.SheetPart(Name()), options.MaxPartBytes);
            }
        }

        return null;
    }

    /// <summary>The next node; false at the end, and also where the part was cut at the size limit (its XML then ends early).</summary>
    private static bool Next(XmlReader reader, CountingStream stream)
    {
        try
        {
            return reader.Read() && !stream.Exceeded;
        }
        catch (XmlException) when (stream.Exceeded)
        {
            return false;
        }
    }

    /// <summary>The other XML parts (shared strings, styles, …) inflated without parsing, each up to the part limit.</summary>
    private static string? CheckPartSizes(ZipArchive zip, ImportReaderOptions options)
    {
        var buffer = new byte[81920];
        foreach (var entry in zip.Entries.Where(e => !IsWorksheet(e) && e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)))
        {
            using var stream = new CountingStream(entry.Open(), options.MaxPartBytes);
            while (!stream.Exceeded && stream.Read(buffer, 0, buffer.Length) > 0)
            {
            }

            if (stream.Exceeded)
            {
                return ExcelImportMessages.PartTooLarge(ExcelImportMessages.OtherPart(entry.FullName), options.MaxPartBytes);
            }
        }

        return null;
    }

    private static bool IsWorksheet(ZipArchiveEntry entry) =>
        entry.FullName.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase) && entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase);

    /// <summary>A worksheet by the name the user sees, any other part by its path in the zip.</summary>
    private static string PartName(ZipArchive zip, ZipArchiveEntry entry) =>
        IsWorksheet(entry) && SheetNames(zip).TryGetValue(entry.FullName, out var name)
            ? ExcelImportMessages.SheetPart(name)
            : ExcelImportMessages.OtherPart(entry.FullName);

    /// <summary>Zip path of each worksheet part → the sheet's name, from workbook.xml and its relationships.</summary>
    private static Dictionary<string, string> SheetNames(ZipArchive zip)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var workbook = zip.GetEntry("xl/workbook.xml");
        var relationships = zip.GetEntry("xl/_rels/workbook.xml.rels");
        if (workbook is null || relationships is null)
        {
            return result;
        }

        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, target) in Elements(relationships, "Relationship", "Id", "Target"))
        {
            var path = target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
            targets[id] = path;
        }

        foreach (var (name, id) in Elements(workbook, "sheet", "name", "id"))
        {
            if (targets.TryGetValue(id, out var path))
            {
                result[path] = name;
            }
        }

        return result;
    }

    /// <summary>Two attributes (by local name) of every element with the given local name.</summary>
    private static List<(string First, string Second)> Elements(ZipArchiveEntry entry, string element, string first, string second)
    {
        var list = new List<(string, string)>();
        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == element)
            {
                string? a = null;
                string? b = null;
                while (reader.MoveToNextAttribute())
                {
                    if (reader.LocalName == first)
                    {
                        a = reader.Value;
                    }
                    else if (reader.LocalName == second)
                    {
                        b = reader.Value;
                    }
                }

                if (a is not null && b is not null)
                {
                    list.Add((a, b));
                }
            }
        }

        return list;
    }

    /// <summary>The entry's text, or null when it inflates beyond <paramref name="maxBytes"/> (its declared size can lie).</summary>
    private static string? ReadBounded(ZipArchiveEntry entry, int maxBytes)
    {
        using var stream = entry.Open();
        var buffer = new byte[maxBytes + 1];
        var read = 0;
        int n;
        while (read < buffer.Length && (n = stream.Read(buffer, read, buffer.Length - read)) > 0)
        {
            read += n;
        }

        return read > maxBytes ? null : System.Text.Encoding.UTF8.GetString(buffer, 0, read);
    }
}
