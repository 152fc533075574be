using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.Extensions.Options;

namespace TargetsDashboard.Ingestion.Excel;

/// <summary>
/// Turns an uploaded workbook into a <see cref="FigureBatch"/> for the month the user chose. Never throws on bad
/// input: every problem with the file or its layout becomes a reader issue that names the sheet, row and column;
/// problems with the figures themselves are left to <see cref="FigureValidator"/>.
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

        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(new MemoryStream(bytes, writable: false));
        }
#pragma warning disable CA1031 // A parser of untrusted input may throw anything; the user gets a message, not a 500.
        catch (Exception)
#pragma warning restore CA1031
        {
            return Refused(month, fileName, ExcelImportMessages.Unreadable, hash);
        }

        using (workbook)
        {
            var issues = new List<FigureIssue>();
            var figures = new List<IncomingFigure>();
            ReadWorkbook(workbook, month, figures, issues);
            return new FigureBatch(month, figures, issues, fileName, hash);
        }
    }

    private static FigureBatch Refused(DateOnly month, string fileName, string message, string hash) =>
        new(month, [], [FigureIssue.ForBatch(message)], fileName, hash);

    private void ReadWorkbook(XLWorkbook workbook, DateOnly month, List<IncomingFigure> figures, List<FigureIssue> issues)
    {
        if (TemplateVersion(workbook) is { } versionProblem)
        {
            issues.Add(FigureIssue.ForBatch(versionProblem));
            return;
        }

        if (!workbook.TryGetWorksheet(ImportTemplateLayout.DataSheet, out var sheet))
        {
            issues.Add(FigureIssue.ForBatch(ExcelImportMessages.MissingSheet));
            return;
        }

        var name = sheet.Name;
        for (var column = 1; column <= ImportTemplateLayout.ReadColumnCount; column++)
        {
            var expected = ImportTemplateLayout.Columns[column - 1].Header;
            var found = Normalise(sheet.Cell(ImportTemplateLayout.HeaderRow, column).GetString());
            if (!string.Equals(found, Normalise(expected), StringComparison.OrdinalIgnoreCase))
            {
                issues.Add(new FigureIssue(name, ImportTemplateLayout.HeaderRow, ImportTemplateLayout.Letter(column), ExcelImportMessages.WrongHeader(expected, found)));
            }
        }

        if (issues.Count > 0)
        {
            return;
        }

        var lastRow = sheet.LastRowUsed()?.RowNumber() ?? 0;
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

    private static void ReadRow(IXLWorksheet sheet, int row, DateOnly month, List<IncomingFigure> figures, List<FigureIssue> issues)
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
    private static string? TemplateVersion(XLWorkbook workbook)
    {
        string? found;
        try
        {
            found = workbook.NamedRange(ImportTemplateLayout.VersionName)?.Ranges.FirstOrDefault()?.FirstCell().GetString();
        }
#pragma warning disable CA1031 // A defined name that points nowhere (#REF!) is a missing marker, not a crash.
        catch (Exception)
#pragma warning restore CA1031
        {
            found = null;
        }

        return string.IsNullOrWhiteSpace(found)
            ? ExcelImportMessages.WrongTemplate
            : found.Trim() == ImportTemplateLayout.Version ? null : ExcelImportMessages.OtherTemplateVersion(found.Trim());
    }

    /// <summary>What a number cell holds: a number, text that is not one (for the rules to report), or nothing.</summary>
    private static IncomingNumber ReadNumber(IXLCell cell, string what, out string? problem)
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

        if (cell.IsEmpty())
        {
            return IncomingNumber.Missing;
        }

        return cell.DataType switch
        {
            XLDataType.Number => FromDouble(cell.GetDouble()),
            XLDataType.Text => FromText(cell.GetString()),
            XLDataType.DateTime => IncomingNumber.NotANumber(cell.GetDateTime().ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)),
            _ => IncomingNumber.NotANumber(cell.GetFormattedString()),
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
    private static string? ReadMonth(IXLCell cell, out DateOnly month)
    {
        month = default;
        object? value = cell.HasFormula ? cell.CachedValue : cell.IsEmpty() ? null : cell.Value;
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

    private static string? TextOf(IXLCell cell)
    {
        if (cell.HasFormula)
        {
            return Convert.ToString(cell.CachedValue, CultureInfo.InvariantCulture)?.Trim();
        }

        if (cell.IsEmpty())
        {
            return null;
        }

        return cell.DataType == XLDataType.Number
            ? cell.GetDouble().ToString(CultureInfo.InvariantCulture)
            : cell.GetString().Trim();
    }

    private static string Normalise(string text) => text.Trim().Normalize(NormalizationForm.FormC);

    [GeneratedRegex(@"^-?\d{1,30}$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainInteger();

    [GeneratedRegex(@"^(?:(?<m1>\d{1,2})\s*[/.-]\s*(?<y1>\d{4})|(?<y2>\d{4})\s*-\s*(?<m2>\d{1,2}))$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthText();
}
