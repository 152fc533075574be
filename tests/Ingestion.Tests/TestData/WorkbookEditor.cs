using System.IO.Compression;
using System.Xml.Linq;
using ClosedXML.Excel;
using TargetsDashboard.Ingestion.Excel;

namespace TargetsDashboard.Ingestion.Tests.TestData;

/// <summary>Changes a workbook as a user (ClosedXML) or an attacker (the zip and XML parts directly) would.</summary>
public static class WorkbookEditor
{
    /// <summary>Opens <paramref name="bytes"/> in ClosedXML, applies <paramref name="edit"/>, saves.</summary>
    public static byte[] Edit(byte[] bytes, Action<XLWorkbook> edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        edit(workbook);
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    /// <summary>Edits the data sheet only.</summary>
    public static byte[] EditData(byte[] bytes, Action<IXLWorksheet> edit) => Edit(bytes, w => edit(w.Worksheet(ImportTemplateLayout.DataSheet)));

    /// <summary>Writes numerator and denominator on the given data rows (null leaves a cell empty).</summary>
    public static void Figures(IXLWorksheet sheet, int row, object? numerator, object? denominator)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        Set(sheet.Cell(row, ImportTemplateLayout.NumeratorColumn), numerator);
        Set(sheet.Cell(row, ImportTemplateLayout.DenominatorColumn), denominator);
    }

    public static void Set(IXLCell cell, object? value)
    {
        ArgumentNullException.ThrowIfNull(cell);
        switch (value)
        {
            case null:
                cell.Clear(XLClearOptions.Contents);
                break;
            case string text:
                cell.SetValue(text);
                cell.DataType = XLDataType.Text;
                break;
            case double d:
                cell.SetValue(d);
                break;
            case int i:
                cell.SetValue(i);
                break;
            case long l:
                cell.SetValue(l);
                break;
            default:
                throw new ArgumentException($"Unsupported value {value}.", nameof(value));
        }
    }

    /// <summary>Rewrites entries of the zip: each entry's bytes go through <paramref name="change"/> (null drops it); <paramref name="add"/> appends entries.</summary>
    public static byte[] Zip(byte[] bytes, Func<string, byte[], byte[]?> change, IEnumerable<(string Name, byte[] Content)>? add = null)
    {
        ArgumentNullException.ThrowIfNull(change);
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var input = entry.Open();
                using var buffer = new MemoryStream();
                input.CopyTo(buffer);
                if (change(entry.FullName, buffer.ToArray()) is { } changed)
                {
                    using var stream = target.CreateEntry(entry.FullName, CompressionLevel.Optimal).Open();
                    stream.Write(changed);
                }
            }

            foreach (var (name, content) in add ?? [])
            {
                using var stream = target.CreateEntry(name, CompressionLevel.Optimal).Open();
                stream.Write(content);
            }
        }

        return output.ToArray();
    }

    /// <summary>
    /// Replaces a cell of the first sheet part with a formula, with or without a cached value: what Excel writes
    /// (<c>&lt;f&gt;</c> and <c>&lt;v&gt;</c>) and what a generator that never calculates writes (<c>&lt;f&gt;</c> only).
    /// </summary>
    public static byte[] Formula(byte[] bytes, string cellReference, string formula, string? cachedValue) =>
        Zip(bytes, (name, content) =>
        {
            if (name != "xl/worksheets/sheet1.xml")
            {
                return content;
            }

            var document = XDocument.Load(new MemoryStream(content));
            var ns = document.Root!.Name.Namespace;
            var cell = document.Descendants(ns + "c").Single(c => (string?)c.Attribute("r") == cellReference);
            cell.RemoveNodes();
            cell.Attribute("t")?.Remove();
            cell.Add(new XElement(ns + "f", formula));
            if (cachedValue is not null)
            {
                cell.Add(new XElement(ns + "v", cachedValue));
            }

            using var output = new MemoryStream();
            document.Save(output);
            return output.ToArray();
        });
}
