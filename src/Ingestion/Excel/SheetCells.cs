using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;

namespace TargetsDashboard.Ingestion.Excel;

/// <summary>A cell as the sheet's XML holds it: its type attribute (<c>s</c>, <c>str</c>, <c>b</c>, …), raw value, formula flag and style.</summary>
internal readonly record struct RawCell(string? Type, string? Value, bool HasFormula, uint Style, string? InlineText)
{
    public static RawCell From(Cell cell) => new(
        cell.DataType?.InnerText,
        cell.CellValue?.Text,
        cell.CellFormula is not null,
        cell.StyleIndex?.Value ?? 0,
        cell.InlineString is { } inline ? inline.Text?.Text ?? string.Concat(inline.Elements<Run>().Select(run => run.Text?.Text)) : null);
}

/// <summary>
/// The cells kept from one sheet, with values typed as Excel shows them: text, a number, a date (a number in a date
/// style), true/false; what a formula last computed is its cached value. Absent and empty cells are null.
/// </summary>
internal sealed class SheetCells(Dictionary<(int Row, int Column), RawCell> cells, Dictionary<int, string> sharedStrings, HashSet<uint> dateStyles)
{
    /// <summary>The last row holding anything in the kept cells; 0 when none does.</summary>
    public int LastRow { get; } = cells.Where(c => c.Value.HasFormula || c.Value.Value is { Length: > 0 } || c.Value.InlineText is { Length: > 0 })
        .Select(c => c.Key.Row).DefaultIfEmpty(0).Max();

    public bool HasFormula(int row, int column) => cells.TryGetValue((row, column), out var cell) && cell.HasFormula;

    /// <summary>What a formula cell last computed (as Excel saved it), or null when nothing was saved.</summary>
    public object? Cached(int row, int column)
    {
        if (!cells.TryGetValue((row, column), out var cell) || cell.Value is null)
        {
            return null;
        }

        return cell.Type switch
        {
            "str" or "e" or "inlineStr" => cell.Value,
            "s" => SharedString(cell.Value),
            "b" => cell.Value == "1",
            _ => double.TryParse(cell.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : cell.Value,
        };
    }

    /// <summary>The value of a cell without a formula; null when absent or empty.</summary>
    public object? Value(int row, int column)
    {
        if (!cells.TryGetValue((row, column), out var cell))
        {
            return null;
        }

        object? value = cell.Type switch
        {
            "s" => SharedString(cell.Value),
            "inlineStr" => cell.InlineText,
            "str" or "e" => cell.Value,
            "b" => cell.Value is null ? null : cell.Value == "1",
            "d" => DateTime.TryParse(cell.Value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : cell.Value,
            _ => Number(cell),
        };
        return value is string { Length: 0 } ? null : value;
    }

    /// <summary>The cell as text, as a reader sees it: a formula's cached value, a number in invariant form; empty when absent.</summary>
    public string Text(int row, int column) =>
        Convert.ToString(HasFormula(row, column) ? Cached(row, column) : Value(row, column), CultureInfo.InvariantCulture) ?? string.Empty;

    private object? Number(RawCell cell)
    {
        if (cell.Value is null)
        {
            return null;
        }

        if (!double.TryParse(cell.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return cell.Value;
        }

        // Excel's serial dates run from 1900 to 9999; anything else in a date style stays a number.
        return dateStyles.Contains(cell.Style) && number is > -657435.0 and < 2958466.0 ? DateTime.FromOADate(number) : number;
    }

    private string? SharedString(string? index) =>
        int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && sharedStrings.TryGetValue(i, out var text) ? text : null;
}

/// <summary>A1-style references: "F12" → row 12, column 6.</summary>
internal static class CellReferences
{
    /// <summary>Columns go up to XFD (16,384): three letters at most.</summary>
    private const int MaxColumnLetters = 3;

    public static bool TryParse(string? reference, out int row, out int column)
    {
        row = 0;
        column = 0;
        if (string.IsNullOrEmpty(reference))
        {
            return false;
        }

        var text = reference.Replace("$", string.Empty, StringComparison.Ordinal);
        var letters = 0;
        while (letters < text.Length && char.IsAsciiLetter(text[letters]))
        {
            if (letters == MaxColumnLetters)
            {
                return false;
            }

            column = (column * 26) + (char.ToUpperInvariant(text[letters]) - 'A' + 1);
            letters++;
        }

        return letters > 0 && int.TryParse(text.AsSpan(letters), NumberStyles.None, CultureInfo.InvariantCulture, out row) && row > 0;
    }
}
