namespace TargetsDashboard.Dashboard.Import;

/// <summary>The import pages' addresses, in one place for the pages, the menu and the tests.</summary>
public static class ImportLinks
{
    public const string Page = "/nhap-so-lieu";
    public const string History = "/nhap-so-lieu/lich-su";
    public const string MonthKey = "thang";

    public static string Detail(long importId) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{History}/{importId}");

    /// <summary>Query key of the kind of figures: <c>luy-ke=true</c> for year-to-date 766 figures, absent for a month's.</summary>
    public const string YearToDateKey = "luy-ke";

    public static string ForMonth(YearMonth month, bool yearToDate = false) =>
        $"{Page}?{MonthKey}={month.ToIsoString()}" + (yearToDate ? $"&{YearToDateKey}=true" : string.Empty);

    public static string Template(YearMonth month) => $"{Page}/mau/{month.ToIsoString()}.xlsx";

    /// <summary>"mau-nhap-so-lieu-11-2025.xlsx".</summary>
    public static string TemplateFileName(YearMonth month) => $"mau-nhap-so-lieu-{month.Month:00}-{month.Year}.xlsx";
}
