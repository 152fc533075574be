namespace TargetsDashboard.Dashboard.ViewModels;

/// <summary>
/// What a page that found nothing tells the not-found page. A page answering 404 on the server leaves its body to the
/// status-code page (re-executed on the same request), which reads this from <c>HttpContext.Items</c>.
/// </summary>
public sealed record NotFoundDetail(string Title, string Message)
{
    public const string ItemKey = "TargetsDashboard.NotFoundDetail";

    public static NotFoundDetail Indicator(string code) => new("Không tìm thấy chỉ tiêu", $"Không có chỉ tiêu nào mang mã “{code}”.");

    public static NotFoundDetail Unit(string code) => new("Không tìm thấy đơn vị", $"Không có đơn vị nào mang mã “{code}”.");
}
