using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace TargetsDashboard.Ingestion.Excel;

/// <summary>
/// Turns an uploaded workbook into a <see cref="FigureBatch"/> for the month the user chose. Never throws on bad
/// input: every problem with the file or its layout becomes a reader issue that names the sheet, row and column;
/// problems with the figures themselves are left to <see cref="FigureValidator"/>. After <see cref="WorkbookGuard"/>,
/// the data sheet is streamed (<see cref="StreamedWorkbook"/>) and only the template's columns are kept.
/// </summary>
public sealed partial class ImportWorkbookReader(IOptions<ImportReaderOptions> options)
{
    private readonly ImportReaderOptions _options = options.Value;

    public ImportWorkbookReader()
        : this(Microsoft.Extensions.Options.Options.Create(new ImportReaderOptions()))
    {
    }

    public ImportReaderOptions Limits => _options;

    /// <summary>Reads at most the size limit (plus one byte, to know it was exceeded) from <paramref name="stream"/>.</summary>
    public async Task<FigureBatch> ReadAsync(Stream stream, string fileName, DateOnly month, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > _options.MaxFileBytes)
            {
                return Refused(month, fileName, ExcelImportMessages.TooLarge(_options.MaxFileBytes), "size-limit");
            }
        }

        return Read(buffer.ToArray(), fileName, month);
    }

    public FigureBatch Read(byte[] bytes, string fileName, DateOnly month)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (WorkbookGuard.Check(bytes, _options) is { } problem)
        {
            return Refused(month, fileName, problem, hash);
        }

        var issues = new List<FigureIssue>();
        var figures = new List<IncomingFigure>();
        try
        {
            using var workbook = StreamedWorkbook.Open(bytes);
            ReadWorkbook(workbook, month, figures, issues);
        }
#pragma warning disable CA1031 // A parser of untrusted input may throw anything; the user gets a message, not a 500.
        catch (Exception)
#pragma warning restore CA1031
        {
            return Refused(month, fileName, ExcelImportMessages.Unreadable, hash);
        }

        return new FigureBatch(month, figures, issues, fileName, hash);
    }

    private static FigureBatch Refused(DateOnly month, string fileName, string message, string hash) =>
        new(month, [], [FigureIssue.ForBatch(message)], fileName, hash);

    private void ReadWorkbook(StreamedWorkbook workbook, DateOnly month, List<IncomingFigure> figures, List<FigureIssue> issues)
    {
        if (TemplateVersion(workbook) is { } versionProblem)
        {
            issues.Add(FigureIssue.ForBatch(versionProblem));
            return;
        }

        if (workbook.Sheet(ImportTemplateLayout.DataSheet) is not { } dataSheet)
        {
            issues.Add(FigureIssue.ForBatch(ExcelImportMessages.MissingSheet));
            return;
        }

        var (name, part) = dataSheet;

        // Only the columns the import reads are kept; the others stream past.
        var sheet = new Sheet(name, workbook.ReadCells(part, (_, column) => column <= ImportTemplateLayout.ReadColumnCount));
        for (var column = 1; column <= ImportTemplateLayout.ReadColumnCount; column++)
        {
            var expected = ImportTemplateLayout.Columns[column - 1].Header;
            var found = Normalise(sheet.Cells.Text(ImportTemplateLayout.HeaderRow, column));
            if (!string.Equals(found, Normalise(expected), StringComparison.OrdinalIgnoreCase))
            {
                issues.Add(new FigureIssue(name, ImportTemplateLayout.HeaderRow, ImportTemplateLayout.Letter(column), ExcelImportMessages.WrongHeader(expected, found)));
            }
        }

        if (issues.Count > 0)
        {
            return;
        }

        var lastRow = sheet.Cells.LastRow;
        if (lastRow > _options.MaxRows)
        {
            issues.Add(FigureIssue.ForBatch(ExcelImportMessages.TooManyRows(name, lastRow, _options.MaxRows)));
            return;
        }

        for (var row = ImportTemplateLayout.FirstDataRow; row <= lastRow; row++)
        {
            ReadRow(sheet, row, month, figures, issues);
        }

        if (figures.Count == 0 && issues.Count == 0)
        {
            issues.Add(FigureIssue.ForBatch(ExcelImportMessages.NoFigures));
        }
    }

    private static void ReadRow(Sheet sheet, int row, DateOnly month, List<IncomingFigure> figures, List<FigureIssue> issues)
    {
        var numeratorCell = sheet.Cell(row, ImportTemplateLayout.NumeratorColumn);
        var denominatorCell = sheet.Cell(row, ImportTemplateLayout.DenominatorColumn);
        var numerator = ReadNumber(numeratorCell, "tử số", out var numeratorProblem);
        var denominator = ReadNumber(denominatorCell, "mẫu số", out var denominatorProblem);

        // Both blank: this unit has no figure for this indicator this month (the template lists every pair).
        if (numerator.IsMissing && denominator.IsMissing && numeratorProblem is null && denominatorProblem is null)
        {
            return;
        }

        var location = FigureLocation.WorkbookRow(
            sheet.Name, row,
            ImportTemplateLayout.Letter(ImportTemplateLayout.UnitCodeColumn),
            ImportTemplateLayout.Letter(ImportTemplateLayout.IndicatorCodeColumn),
            ImportTemplateLayout.Letter(ImportTemplateLayout.NumeratorColumn),
            ImportTemplateLayout.Letter(ImportTemplateLayout.DenominatorColumn));
        var before = issues.Count;
        if (numeratorProblem is not null)
        {
            issues.Add(FigureIssue.At(location, location.NumeratorColumn, numeratorProblem));
        }

        if (denominatorProblem is not null)
        {
            issues.Add(FigureIssue.At(location, location.DenominatorColumn, denominatorProblem));
        }

        var monthColumn = ImportTemplateLayout.Letter(ImportTemplateLayout.MonthColumn);
        var monthCell = sheet.Cell(row, ImportTemplateLayout.MonthColumn);
        if (ReadMonth(monthCell, out var rowMonth) is { } monthProblem)
        {
            issues.Add(FigureIssue.At(location, monthColumn, monthProblem));
        }
        else if (rowMonth != month)
        {
            issues.Add(FigureIssue.At(location, monthColumn, ExcelImportMessages.OtherMonth(rowMonth, month)));
        }

        // A row with a problem of its own is reported once, by the reader; the rules would only add "missing" to it.
        if (issues.Count != before)
        {
            return;
        }

        figures.Add(new IncomingFigure(
            TextOf(sheet.Cell(row, ImportTemplateLayout.UnitCodeColumn)),
            TextOf(sheet.Cell(row, ImportTemplateLayout.IndicatorCodeColumn)),
            numerator,
            denominator,
            location));
    }

    /// <summary>Null when the marker is there and current; otherwise the message.</summary>
    private static string? TemplateVersion(StreamedWorkbook workbook)
    {
        // The defined name reads like '_mau'!$A$1; one that points nowhere (#REF!) is a missing marker.
        string? found = null;
        var reference = workbook.DefinedName(ImportTemplateLayout.VersionName);
        var bang = reference?.LastIndexOf('!') ?? -1;
        if (bang > 0 && CellReferences.TryParse(reference![(bang + 1)..].Split(':')[0], out var row, out var column))
        {
            var sheetName = reference[..bang].Trim();
            if (sheetName.Length > 1 && sheetName[0] == '\'' && sheetName[^1] == '\'')
            {
                sheetName = sheetName[1..^1].Replace("''", "'", StringComparison.Ordinal);
            }

            if (workbook.Sheet(sheetName) is { } marker)
            {
                found = workbook.ReadCells(marker.Part, (r, c) => r == row && c == column).Text(row, column);
            }
        }

        return string.IsNullOrWhiteSpace(found)
            ? ExcelImportMessages.WrongTemplate
            : found.Trim() == ImportTemplateLayout.Version ? null : ExcelImportMessages.OtherTemplateVersion(found.Trim());
    }

    /// <summary>What a number cell holds: a number, text that is not one (for the rules to report), or nothing.</summary>
    private static IncomingNumber ReadNumber(CellAt cell, string what, out string? problem)
    {
        problem = null;
        if (cell.HasFormula)
        {
            var cached = cell.CachedValue;
            if (cached is null || cached is string { Length: 0 })
            {
                problem = ExcelImportMessages.FormulaWithoutValue(what);
                return IncomingNumber.Missing;
            }

            return cached switch
            {
                double d => FromDouble(d),
                decimal m => IncomingNumber.Of(m),
                int i => IncomingNumber.Of(i),
                long l => IncomingNumber.Of(l),
                _ => FromText(Convert.ToString(cached, CultureInfo.InvariantCulture) ?? string.Empty),
            };
        }

        return cell.Value switch
        {
            null => IncomingNumber.Missing,
            double number => FromDouble(number),
            string text => FromText(text),
            DateTime date => IncomingNumber.NotANumber(date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)),
            bool flag => IncomingNumber.NotANumber(flag ? "TRUE" : "FALSE"),
            var other => IncomingNumber.NotANumber(Convert.ToString(other, CultureInfo.InvariantCulture) ?? string.Empty),
        };
    }

    private static IncomingNumber FromDouble(double value) =>
        double.IsFinite(value) && Math.Abs(value) < 7.9e27
            ? IncomingNumber.Of((decimal)value)
            : IncomingNumber.NotANumber(value.ToString("G", CultureInfo.InvariantCulture));

    /// <summary>Text that is a plain integer ("120", " -5 ") is taken as the number; anything else is reported as text.</summary>
    private static IncomingNumber FromText(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return IncomingNumber.Missing;
        }

        return PlainInteger().IsMatch(trimmed) && decimal.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? IncomingNumber.Of(value)
            : IncomingNumber.NotANumber(trimmed);
    }

    /// <summary>Reads "11/2025" (text or an Excel date); null on success, otherwise the message.</summary>
    private static string? ReadMonth(CellAt cell, out DateOnly month)
    {
        month = default;
        var value = cell.HasFormula ? cell.CachedValue : cell.Value;
        switch (value)
        {
            case null or "":
                return ExcelImportMessages.MissingMonth;
            case DateTime date:
                month = new DateOnly(date.Year, date.Month, 1);
                return null;
        }

        var text = (Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            return ExcelImportMessages.MissingMonth;
        }

        var match = MonthText().Match(text);
        if (match.Success)
        {
            var (m, y) = match.Groups["y1"].Success
                ? (int.Parse(match.Groups["m1"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["y1"].Value, CultureInfo.InvariantCulture))
                : (int.Parse(match.Groups["m2"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["y2"].Value, CultureInfo.InvariantCulture));
            if (m is >= 1 and <= 12 && y is >= 2000 and <= 2100)
            {
                month = new DateOnly(y, m, 1);
                return null;
            }
        }

        return ExcelImportMessages.UnreadableMonth(text);
    }

    private static string? TextOf(CellAt cell)
    {
        if (cell.HasFormula)
        {
            return Convert.ToString(cell.CachedValue, CultureInfo.InvariantCulture)?.Trim();
        }

        return cell.Value is null ? null : Convert.ToString(cell.Value, CultureInfo.InvariantCulture)?.Trim();
    }

    /// <summary>The data sheet as the reader sees it: its name as written in the file and the cells of the template's columns.</summary>
    private sealed record Sheet(string Name, SheetCells Cells)
    {
        public CellAt Cell(int row, int column) => new(Cells, row, column);
    }

    /// <summary>One cell of the data sheet.</summary>
    private readonly record struct CellAt(SheetCells Cells, int Row, int Column)
    {
        public bool HasFormula => Cells.HasFormula(Row, Column);

        public object? CachedValue => Cells.Cached(Row, Column);

        public object? Value => Cells.Value(Row, Column);
    }

    private static string Normalise(string text) => text.Trim().Normalize(NormalizationForm.FormC);

    [GeneratedRegex(@"^-?\d{1,30}$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainInteger();

    [GeneratedRegex(@"^(?:(?<m1>\d{1,2})\s*[/.-]\s*(?<y1>\d{4})|(?<y2>\d{4})\s*-\s*(?<m2>\d{1,2}))$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthText();
}
