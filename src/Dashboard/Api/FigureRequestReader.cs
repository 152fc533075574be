using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using TargetsDashboard.Ingestion;

namespace TargetsDashboard.Dashboard.Api;

/// <summary>A request read: the batch and its mode, or why the request as a whole cannot be read (400 or 413).</summary>
public sealed record FigureRequestReadResult(FigureBatch? Batch, ImportMode Mode, int? RefusalStatus, string? Refusal)
{
    public static FigureRequestReadResult Refused(int status, string message) => new(null, ImportMode.AddMissing, status, message);
}

/// <summary>
/// Reads the JSON of <c>POST /api/v1/figures</c> into a <see cref="FigureBatch"/>, tolerantly: a value of the wrong
/// kind (text, a fraction, true) reaches the shared rules as it was sent, so the answer names the item and field
/// ("items[3].numerator") with the same message the Excel import gives. Only a request that is not JSON or lacks the
/// month, the mode or the item list is refused as a whole.
/// </summary>
public static class FigureRequestReader
{
    /// <summary>A province sends about 110 units × 5 indicators; 50,000 leaves room for a national source.</summary>
    public const int MaxItems = 50_000;

    /// <summary>50,000 items of about 100 bytes each.</summary>
    public const long MaxBodyBytes = 5 * 1024 * 1024;

    public const string ReplaceMode = "replace";

    public const string AddMissingMode = "addMissing";

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 16,
    };

    public static FigureRequestReadResult Read(ReadOnlyMemory<byte> body, string origin)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, DocumentOptions);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line
                ? string.Create(CultureInfo.InvariantCulture, $" (dòng {line + 1}, vị trí {(e.BytePositionInLine ?? 0) + 1})")
                : string.Empty;
            return FigureRequestReadResult.Refused(StatusCodes.Status400BadRequest, $"Nội dung yêu cầu không phải JSON hợp lệ{where}.");
        }

        using (document)
        {
            return Read(document.RootElement, origin);
        }
    }

    /// <summary>
    /// SHA-256 (hex) over a canonical form of the request: month, mode and the items sorted by unit and indicator, codes
    /// trimmed and upper-cased, numbers without trailing zeros. The same figures sent again, with other spacing, key
    /// order or item order, give the same hash, so the importer recognises the batch as already applied.
    /// </summary>
    /// <param name="yearToDate">Year-to-date figures hash apart from the same numbers sent as a month's (the monthly form is unchanged).</param>
    public static string ContentHash(DateOnly month, ImportMode mode, IEnumerable<IncomingFigure> figures, bool yearToDate = false)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var items = figures
            .Select(f => new[] { Code(f.UnitCode), Code(f.IndicatorCode), Canonical(f.Numerator), Canonical(f.Denominator) })
            .OrderBy(i => i[0], StringComparer.Ordinal).ThenBy(i => i[1], StringComparer.Ordinal)
            .ThenBy(i => i[2], StringComparer.Ordinal).ThenBy(i => i[3], StringComparer.Ordinal)
            .ToList();
        var canonical = JsonSerializer.SerializeToUtf8Bytes(new object[] { yearToDate ? "figures/v1/ytd" : "figures/v1", month.ToString("yyyy-MM", CultureInfo.InvariantCulture), mode.ToString(), items });
        return Convert.ToHexStringLower(SHA256.HashData(canonical));
    }

    private static FigureRequestReadResult Read(JsonElement root, string origin)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return FigureRequestReadResult.Refused(StatusCodes.Status400BadRequest, "Nội dung yêu cầu phải là một đối tượng JSON có các trường month, mode và items.");
        }

        if (DuplicateKey(root, string.Empty) is { } duplicate)
        {
            return FigureRequestReadResult.Refused(
                StatusCodes.Status400BadRequest,
                $"Trường “{duplicate}” xuất hiện hai lần (tên trường không phân biệt chữ hoa, chữ thường). Mỗi trường chỉ được gửi một lần; hãy bỏ bản thừa rồi gửi lại.");
        }

        if (!YearMonth.TryParseIso(StringOf(Property(root, "month")), out var month))
        {
            return FigureRequestReadResult.Refused(StatusCodes.Status400BadRequest, $"Trường month phải là tháng dạng yyyy-MM, ví dụ \"2025-11\", từ {YearMonth.FirstSupported} đến {YearMonth.LastSupported}.");
        }

        ImportMode mode;
        switch (StringOf(Property(root, "mode"))?.Trim())
        {
            case { } text when text.Equals(ReplaceMode, StringComparison.OrdinalIgnoreCase):
                mode = ImportMode.Replace;
                break;
            case { } text when text.Equals(AddMissingMode, StringComparison.OrdinalIgnoreCase):
                mode = ImportMode.AddMissing;
                break;
            default:
                return FigureRequestReadResult.Refused(
                    StatusCodes.Status400BadRequest,
                    "Trường mode phải là \"replace\" (ghi đè số liệu đã có của các đơn vị gửi lên) hoặc \"addMissing\" (chỉ thêm số liệu còn thiếu).");
        }

        // Optional: true for year-to-date 766 figures (the month is derived from the stored months before it).
        bool yearToDate;
        switch (Property(root, "yearToDate"))
        {
            case null or { ValueKind: JsonValueKind.False or JsonValueKind.Null }:
                yearToDate = false;
                break;
            case { ValueKind: JsonValueKind.True }:
                yearToDate = true;
                break;
            default:
                return FigureRequestReadResult.Refused(
                    StatusCodes.Status400BadRequest,
                    "Trường yearToDate (không bắt buộc) phải là true (số liệu lũy kế từ đầu năm của chỉ số 766) hoặc false (số liệu của riêng tháng).");
        }

        if (Property(root, "items") is not { ValueKind: JsonValueKind.Array } items)
        {
            return FigureRequestReadResult.Refused(StatusCodes.Status400BadRequest, "Trường items phải là một mảng các số liệu {unitCode, indicatorCode, numerator, denominator}.");
        }

        var count = items.GetArrayLength();
        if (count > MaxItems)
        {
            return FigureRequestReadResult.Refused(
                StatusCodes.Status413PayloadTooLarge,
                $"Mỗi yêu cầu gửi tối đa {VietnameseFormat.Count(MaxItems)} số liệu; yêu cầu này có {VietnameseFormat.Count(count)}. Hãy chia thành nhiều lần gửi.");
        }

        var figures = new List<IncomingFigure>(count);
        var readerIssues = new List<FigureIssue>();
        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            var location = FigureLocation.RequestItem(index++);
            if (item.ValueKind != JsonValueKind.Object)
            {
                readerIssues.Add(FigureIssue.At(location, null, "Mỗi phần tử của items phải là một đối tượng JSON {unitCode, indicatorCode, numerator, denominator}."));
                continue;
            }

            figures.Add(new IncomingFigure(
                TextOf(Property(item, location.UnitColumn)),
                TextOf(Property(item, location.IndicatorColumn)),
                NumberOf(Property(item, location.NumeratorColumn)),
                NumberOf(Property(item, location.DenominatorColumn)),
                location));
        }

        var hash = ContentHash(month.FirstDay, mode, figures, yearToDate);
        var batch = new FigureBatch(month.FirstDay, figures, readerIssues, origin, hash) { IsYearToDate = yearToDate };
        return new FigureRequestReadResult(batch, mode, null, null);
    }

    /// <summary>
    /// The path of the first property sent twice in one object ("items[3].numerator"), names compared ignoring case as
    /// <see cref="Property"/> reads them; null when there is none. Taking either copy would be a guess at what the
    /// sender meant, so such a request is refused as a whole.
    /// </summary>
    private static string? DuplicateKey(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                foreach (var property in element.EnumerateObject())
                {
                    var at = path.Length == 0 ? property.Name : path + "." + property.Name;
                    if (!seen.Add(property.Name))
                    {
                        return at;
                    }

                    if (DuplicateKey(property.Value, at) is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (DuplicateKey(item, string.Create(CultureInfo.InvariantCulture, $"{path}[{index++}]")) is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>A property by name, ignoring case: "UnitCode" from a C# client is as good as "unitCode".</summary>
    private static JsonElement? Property(JsonElement element, string name)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }

    private static string? StringOf(JsonElement? value) => value is { ValueKind: JsonValueKind.String } text ? text.GetString() : null;

    /// <summary>A code as sent; a number or anything else as its JSON text, which the rules then report as unknown.</summary>
    private static string? TextOf(JsonElement? value) => value switch
    {
        null or { ValueKind: JsonValueKind.Null } => null,
        { ValueKind: JsonValueKind.String } text => text.GetString(),
        { } other => other.GetRawText(),
    };

    /// <summary>A number as sent; text (even "12") stays text so that the rules say it must be a number.</summary>
    private static IncomingNumber NumberOf(JsonElement? value) => value switch
    {
        null or { ValueKind: JsonValueKind.Null } => IncomingNumber.Missing,
        { ValueKind: JsonValueKind.Number } number when number.TryGetDecimal(out var d) => IncomingNumber.Of(d),
        { ValueKind: JsonValueKind.String } text => IncomingNumber.NotANumber(text.GetString() ?? string.Empty),
        { } other => IncomingNumber.NotANumber(other.GetRawText()),
    };

    private static string Code(string? code) => code?.Trim().ToUpperInvariant() ?? string.Empty;

    private static string Canonical(IncomingNumber number) => number.Value is { } value
        ? "n:" + value.ToString("G29", CultureInfo.InvariantCulture)
        : "t:" + number.Text;
}
