using Microsoft.AspNetCore.WebUtilities;

namespace TargetsDashboard.Dashboard.ViewModels;

/// <summary>The app's URLs in one place, with the selections that travel with them.</summary>
public static class Links
{
    public static string Overview(string? period, string? group) => With("/", period, group);

    public static string Indicator(string code, string? period, string? group) => With($"/chi-tieu/{Uri.EscapeDataString(code)}", period, group);

    public static string Unit(string unitCode, string? period) => With($"/don-vi/{Uri.EscapeDataString(unitCode)}", period, null);

    /// <summary>The correction page of a unit-month: /don-vi/so-tu-phap/sua-so-lieu?ky=2025-10.</summary>
    public static string Correction(string unitCode, string monthToken) => With($"/don-vi/{Uri.EscapeDataString(unitCode)}/sua-so-lieu", monthToken, null);

    public const string MonthLocks = "/quan-tri/khoa-so";

    /// <summary>The unit's monthly report: /bao-cao/don-vi/so-tu-phap/2025-10.pdf (or .xlsx).</summary>
    public static string UnitReport(string unitCode, string monthToken, string extension) =>
        $"/bao-cao/don-vi/{Uri.EscapeDataString(unitCode)}/{Uri.EscapeDataString(monthToken)}.{extension}";

    /// <summary>The province summary of a month: /bao-cao/tong-hop/2025-10.pdf (or .xlsx).</summary>
    public static string ProvinceSummary(string monthToken, string extension) =>
        $"/bao-cao/tong-hop/{Uri.EscapeDataString(monthToken)}.{extension}";

    /// <summary>Every measurement of a range: /bao-cao/du-lieu.xlsx?tu=2025-01&amp;den=2025-10.</summary>
    public static string DataExport(string fromMonthToken, string toMonthToken) =>
        QueryHelpers.AddQueryString("/bao-cao/du-lieu.xlsx", new Dictionary<string, string?> { ["tu"] = fromMonthToken, ["den"] = toMonthToken });

    /// <summary>Where a POST starts the all-units zip of a month (one peer group's units when a group token is given).</summary>
    public static string AllUnitsArchiveStart(string monthToken, string? groupToken = null) =>
        string.IsNullOrEmpty(groupToken)
            ? $"/bao-cao/tat-ca/{Uri.EscapeDataString(monthToken)}"
            : QueryHelpers.AddQueryString($"/bao-cao/tat-ca/{Uri.EscapeDataString(monthToken)}", "nhom", groupToken);

    /// <summary>The page that builds the all-units zip with a progress bar.</summary>
    public static string AllUnitsArchivePage(string monthToken) => QueryHelpers.AddQueryString("/bao-cao/tat-ca", "thang", monthToken);

    public static string Rankings(string? period) => With("/xep-hang", period, null);

    /// <summary>The rankings page with the units chosen for the rank history chart.</summary>
    public static string Rankings(string? period, IEnumerable<string> unitCodes)
    {
        var units = ViewQuery.UnitCodesToken(unitCodes);
        var path = Rankings(period);
        return units is null ? path : QueryHelpers.AddQueryString(path, ViewQuery.UnitsKey, units);
    }

    public static string LeadersSummary(string? period) => With("/xep-hang/tom-tat", period, null);

    private static string With(string path, string? period, string? group)
    {
        var query = new Dictionary<string, string?>();
        if (!string.IsNullOrEmpty(period))
        {
            query[ViewQuery.PeriodKey] = period;
        }

        if (!string.IsNullOrEmpty(group))
        {
            query[ViewQuery.GroupKey] = group;
        }

        return QueryHelpers.AddQueryString(path, query);
    }
}
