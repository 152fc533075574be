using Microsoft.AspNetCore.WebUtilities;

namespace TargetsDashboard.Dashboard.ViewModels;

/// <summary>The app's URLs in one place, with the selections that travel with them.</summary>
public static class Links
{
    public static string Overview(string? period, string? group) => With("/", period, group);

    public static string Indicator(string code, string? period, string? group) => With($"/chi-tieu/{Uri.EscapeDataString(code)}", period, group);

    public static string Unit(string unitCode, string? period) => With($"/don-vi/{Uri.EscapeDataString(unitCode)}", period, null);

    /// <summary>The unit's monthly report: /bao-cao/don-vi/so-tu-phap/2025-10.pdf (or .xlsx).</summary>
    public static string UnitReport(string unitCode, string monthToken, string extension) =>
        $"/bao-cao/don-vi/{Uri.EscapeDataString(unitCode)}/{Uri.EscapeDataString(monthToken)}.{extension}";

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
