namespace TargetsDashboard.Dashboard.Import;

/// <summary>The import pages' addresses, in one place for the pages, the menu and the tests.</summary>
public static class ImportLinks
{
    public const string Page = "/nhap-so-lieu";
    public const string History = "/nhap-so-lieu/lich-su";
    public const string MonthKey = "thang";

    public static string Detail(long importId) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{History}/{importId}");

    public static string ForMonth(YearMonth month) => $"{Page}?{MonthKey}={month.ToIsoString()}";

    public static string Template(YearMonth month) => $"{Page}/mau/{month.ToIsoString()}.xlsx";

    /// <summary>"mau-nhap-so-lieu-11-2025.xlsx".</summary>
    public static string TemplateFileName(YearMonth month) => $"mau-nhap-so-lieu-{month.Month:00}-{month.Year}.xlsx";
}
