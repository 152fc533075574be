using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using TargetsDashboard.Ingestion.Excel;

namespace TargetsDashboard.Ingestion.Tests.TestData;

/// <summary>
/// Fills the columns the import never reads (from J on) of the data sheet with cells, editing the sheet's XML in the
/// zip directly (ClosedXML would take minutes): the shape of the upload that once took 19 s and 700 MB while previewing
/// as clean. Also compiled into the import benchmark, which measures the largest such file the guard accepts.
/// </summary>
public static partial class UnreadColumns
{
    private const int FirstColumn = 10;

    /// <summary>
    /// Adds cells to the data sheet's rows until the workbook holds <paramref name="totalCells"/> cells in all its sheets.
    /// With <paramref name="textLength"/> 0 each cell is a small number; otherwise a text of that length, half of it
    /// random so that the file compresses like real data, not like a zip bomb.
    /// </summary>
    public static byte[] Fill(byte[] xlsx, int totalCells, int textLength)
    {
        var entries = ReadAll(xlsx);
        var dataPart = DataSheetPart(entries);
        var existing = entries.Where(e => e.Key.StartsWith("xl/worksheets/", StringComparison.Ordinal))
            .Sum(e => CellElement().Count(Encoding.UTF8.GetString(e.Value)));
        var extra = totalCells - existing;
        if (extra <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(totalCells), $"The workbook already holds {existing} cells.");
        }

        var xml = Encoding.UTF8.GetString(entries[dataPart]);
        var rows = RowElement().Count(xml);
        var perRow = (extra + rows - 1) / rows;
        var random = new Random(20251203);
        var added = 0;
        var filled = RowElement().Replace(xml, match =>
        {
            var prefix = match.Groups["p"].Value;
            var row = match.Groups["r"].Value;
            var cells = new StringBuilder();
            for (var i = 0; i < perRow && added < extra; i++, added++)
            {
                var reference = ColumnLetters(FirstColumn + i) + row;
                cells.Append(textLength == 0
                    ? $"<{prefix}c r=\"{reference}\"><{prefix}v>{i % 10}</{prefix}v></{prefix}c>"
                    : $"<{prefix}c r=\"{reference}\" t=\"inlineStr\"><{prefix}is><{prefix}t>{Text(random, textLength)}</{prefix}t></{prefix}is></{prefix}c>");
            }

            return match.Groups["open"].Value + match.Groups["body"].Value + cells + match.Groups["close"].Value;
        });
        entries[dataPart] = Encoding.UTF8.GetBytes(filled);
        return WriteAll(entries);
    }

    /// <summary>Bytes of the data sheet's XML once inflated.</summary>
    public static long DataSheetBytes(byte[] xlsx)
    {
        var entries = ReadAll(xlsx);
        return entries[DataSheetPart(entries)].LongLength;
    }

    private static string Text(Random random, int length)
    {
        var half = length / 2;
        var noise = new byte[(half + 1) / 2];
#pragma warning disable CA5394 // Test data, not security.
        random.NextBytes(noise);
#pragma warning restore CA5394
        return (Convert.ToHexString(noise)[..half] + new string('x', length)).Substring(0, length);
    }

    private static string ColumnLetters(int column)
    {
        var letters = string.Empty;
        for (; column > 0; column = (column - 1) / 26)
        {
            letters = (char)('A' + ((column - 1) % 26)) + letters;
        }

        return letters;
    }

    /// <summary>The data sheet's part, found through workbook.xml and its relationships as Excel finds it.</summary>
    private static string DataSheetPart(Dictionary<string, byte[]> entries)
    {
        XNamespace main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        XNamespace relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        var workbook = XDocument.Load(new MemoryStream(entries["xl/workbook.xml"]));
        var id = workbook.Descendants(main + "sheet").Single(s => (string?)s.Attribute("name") == ImportTemplateLayout.DataSheet).Attribute(relationships + "id")!.Value;
        var rels = XDocument.Load(new MemoryStream(entries["xl/_rels/workbook.xml.rels"]));
        var target = rels.Root!.Elements().Single(r => (string?)r.Attribute("Id") == id).Attribute("Target")!.Value;
        return target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
    }

    private static Dictionary<string, byte[]> ReadAll(byte[] xlsx)
    {
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            entries[entry.FullName] = copy.ToArray();
        }

        return entries;
    }

    private static byte[] WriteAll(Dictionary<string, byte[]> entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                stream.Write(content);
            }
        }

        return output.ToArray();
    }

    [GeneratedRegex(@"<(\w+:)?c[\s>/]", RegexOptions.CultureInvariant)]
    private static partial Regex CellElement();

    [GeneratedRegex(@"(?<open><(?<p>(?:\w+:)?)row\b[^>]*?\br=""(?<r>\d+)""[^>]*?(?<!/)>)(?<body>.*?)(?<close></\k<p>row>)", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex RowElement();
}
