namespace TargetsDashboard.Dashboard.ViewModels;

/// <summary>
/// What a page that found nothing tells the not-found page. A page answering 404 on the server leaves its body to the
/// status-code page (re-executed on the same request), which reads this from <c>HttpContext.Items</c>.
/// </summary>
public sealed record NotFoundDetail(string Title, string Message)
{
    public const string ItemKey = "TargetsDashboard.NotFoundDetail";

    /// <summary>Characters of a URL value quoted back to the user; a longer value is cut (it may be thousands long).</summary>
    private const int MaxQuotedLength = 40;

    public static NotFoundDetail Indicator(string code) => new("Không tìm thấy chỉ tiêu", $"Không có chỉ tiêu nào mang mã “{code}”.");

    public static NotFoundDetail Unit(string code) => new("Không tìm thấy đơn vị", $"Không có đơn vị nào mang mã “{code}”.");

    public static NotFoundDetail Index766Group(string code) => new("Không tìm thấy nhóm chỉ số", $"Chỉ số 766 không có nhóm nào mang mã “{Quote(code)}”.");

    public static NotFoundDetail Index766SubIndicator(string code) => new("Không tìm thấy chỉ số thành phần", $"Chỉ số 766 không có chỉ số thành phần nào mang mã “{Quote(code)}”.");

    /// <summary>A period token that is malformed or outside the supported range (<see cref="ViewQuery.IsUnavailable"/>).</summary>
    public static NotFoundDetail Period(string? token) => new(
        "Không có kỳ báo cáo này",
        $"Kỳ “{Quote(token)}” không có: chỉ xem được các kỳ từ tháng {YearMonth.FirstSupported} đến tháng {YearMonth.LastSupported}, "
        + "viết dạng 2025-10 (tháng), 2025-Q3 (quý), 2025 (năm) hoặc 2025-YTD10 (từ đầu năm).");

    private static string Quote(string? value) =>
        value is null ? string.Empty : value.Length <= MaxQuotedLength ? value : string.Concat(value.AsSpan(0, MaxQuotedLength), "…");
}
