using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace TargetsDashboard.Ingestion.Excel;

/// <summary>
/// An upload read the way its size demands: every part through <see cref="OpenXmlReader"/> (SAX-style, one element at a
/// time), keeping only the cells asked for, then only the shared strings and styles those cells use. Cells in columns
/// the import never reads pass by without being kept, so a sheet's cost is its bytes, not its cells (ClosedXML loads
/// every cell of every sheet into memory: 2.8 million unread cells took 19 s and 700 MB).
/// </summary>
internal sealed class StreamedWorkbook : IDisposable
{
    private readonly SpreadsheetDocument _document;
    private readonly WorkbookPart _workbook;
    private readonly List<(string Name, string RelationshipId)> _sheets = [];
    private readonly Dictionary<string, string> _definedNames = new(StringComparer.OrdinalIgnoreCase);

    private StreamedWorkbook(SpreadsheetDocument document, WorkbookPart workbook)
    {
        _document = document;
        _workbook = workbook;
        using var reader = OpenXmlReader.Create(workbook);
        while (reader.Read())
        {
            if (!reader.IsStartElement)
            {
                continue;
            }

            if (reader.ElementType == typeof(Sheet) && reader.LoadCurrentElement() is Sheet { Name.Value: { } name, Id.Value: { } id })
            {
                _sheets.Add((name, id));
            }
            else if (reader.ElementType == typeof(DefinedName) && reader.LoadCurrentElement() is DefinedName { Name.Value: { } definedName } defined)
            {
                _definedNames.TryAdd(definedName, defined.Text);
            }
        }
    }

    /// <summary>Opens the package; throws on anything that is not a readable workbook (the caller turns it into a message).</summary>
    public static StreamedWorkbook Open(byte[] bytes)
    {
        var document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), isEditable: false);
        try
        {
            return new StreamedWorkbook(document, document.WorkbookPart ?? throw new InvalidDataException("No workbook part."));
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    public void Dispose() => _document.Dispose();

    /// <summary>The text of a workbook-level defined name (e.g. <c>'_mau'!$A$1</c>), or null.</summary>
    public string? DefinedName(string name) => _definedNames.GetValueOrDefault(name);

    /// <summary>A sheet by name, compared as Excel does (ignoring case), with its name as written in the file.</summary>
    public (string Name, WorksheetPart Part)? Sheet(string name)
    {
        foreach (var (sheetName, id) in _sheets)
        {
            if (string.Equals(sheetName, name, StringComparison.OrdinalIgnoreCase) && _workbook.TryGetPartById(id, out var part) && part is WorksheetPart worksheet)
            {
                return (sheetName, worksheet);
            }
        }

        return null;
    }

    /// <summary>The cells of a sheet that <paramref name="wanted"/> (row, column, from 1) keeps, with their strings and date styles resolved.</summary>
    public SheetCells ReadCells(WorksheetPart part, Func<int, int, bool> wanted)
    {
        var cells = new Dictionary<(int Row, int Column), RawCell>();
        var row = 0;
        var column = 0;
        using (var reader = OpenXmlReader.Create(part))
        {
            while (reader.Read())
            {
                if (!reader.IsStartElement)
                {
                    continue;
                }

                if (reader.ElementType == typeof(Row))
                {
                    row = int.TryParse(Attribute(reader, "r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : row + 1;
                    column = 0;
                }
                else if (reader.ElementType == typeof(Cell))
                {
                    column = CellReferences.TryParse(Attribute(reader, "r"), out _, out var c) ? c : column + 1;
                    if (wanted(row, column) && reader.LoadCurrentElement() is Cell cell)
                    {
                        cells[(row, column)] = RawCell.From(cell);
                    }
                }
            }
        }

        var strings = SharedStrings(cells.Values.Where(c => c.Type == "s").Select(c => int.TryParse(c.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : -1).ToHashSet());
        var dates = DateStyles(cells.Values.Select(c => c.Style).ToHashSet());
        return new SheetCells(cells, strings, dates);
    }

    private static string? Attribute(OpenXmlReader reader, string localName)
    {
        foreach (var attribute in reader.Attributes)
        {
            if (attribute.LocalName == localName && attribute.NamespaceUri.Length == 0)
            {
                return attribute.Value;
            }
        }

        return null;
    }

    /// <summary>The shared strings with the given indexes, streamed past all the others.</summary>
    private Dictionary<int, string> SharedStrings(HashSet<int> needed)
    {
        var result = new Dictionary<int, string>();
        if (needed.Count == 0 || _workbook.SharedStringTablePart is not { } part)
        {
            return result;
        }

        using var reader = OpenXmlReader.Create(part);
        var index = -1;
        while (reader.Read() && result.Count < needed.Count)
        {
            if (reader.IsStartElement && reader.ElementType == typeof(SharedStringItem) && needed.Contains(++index)
                && reader.LoadCurrentElement() is SharedStringItem item)
            {
                result[index] = item.Text?.Text ?? string.Concat(item.Elements<Run>().Select(run => run.Text?.Text));
            }
        }

        return result;
    }

    /// <summary>Which of the given cell styles show a number as a date (Excel stores dates as numbers).</summary>
    private HashSet<uint> DateStyles(HashSet<uint> used)
    {
        var dates = new HashSet<uint>();
        if (_workbook.WorkbookStylesPart is not { } part || used.All(s => s == 0))
        {
            return dates;
        }

        var customFormats = new Dictionary<uint, string>();
        var styleFormats = new Dictionary<uint, uint>();
        var inCellFormats = false;
        uint index = 0;
        using (var reader = OpenXmlReader.Create(part))
        {
            while (reader.Read())
            {
                if (reader.ElementType == typeof(CellFormats))
                {
                    inCellFormats = reader.IsStartElement;
                }
                else if (reader.IsStartElement && reader.ElementType == typeof(NumberingFormat)
                    && uint.TryParse(Attribute(reader, "numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                {
                    customFormats[id] = Attribute(reader, "formatCode") ?? string.Empty;
                }
                else if (reader.IsStartElement && inCellFormats && reader.ElementType == typeof(CellFormat))
                {
                    if (used.Contains(index) && uint.TryParse(Attribute(reader, "numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var format))
                    {
                        styleFormats[index] = format;
                    }

                    index++;
                }
            }
        }

        foreach (var (style, format) in styleFormats)
        {
            if (format is >= 14 and <= 22 or >= 45 and <= 47 || customFormats.TryGetValue(format, out var code) && IsDateFormat(code))
            {
                dates.Add(style);
            }
        }

        return dates;
    }

    /// <summary>A number format that shows a date or time: y, m, d, h or s outside quoted text and [brackets].</summary>
    private static bool IsDateFormat(string code)
    {
        var quoted = false;
        var bracket = false;
        for (var i = 0; i < code.Length; i++)
        {
            var ch = code[i];
            if (ch == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && ch == '[')
            {
                bracket = true;
            }
            else if (!quoted && ch == ']')
            {
                bracket = false;
            }
            else if (!quoted && ch == '\\')
            {
                i++;
            }
            else if (!quoted && !bracket && char.ToLowerInvariant(ch) is 'y' or 'm' or 'd' or 'h' or 's')
            {
                return true;
            }
        }

        return false;
    }
}
