using Microsoft.AspNetCore.WebUtilities;

namespace TargetsDashboard.Dashboard.ViewModels.Index766;

/// <summary>The 766 pages' URLs, with the selections that travel with them.</summary>
public static class Index766Links
{
    public const string Root = "/chi-so-766";

    public static string Home(string? period) => With(Root, period);

    public static string Rankings(string? period, IEnumerable<string>? unitCodes = null)
    {
        var path = With(Root + "/xep-hang", period);
        var units = unitCodes is null ? null : ViewQuery.UnitCodesToken(unitCodes);
        return units is null ? path : QueryHelpers.AddQueryString(path, ViewQuery.UnitsKey, units);
    }

    public static string Group(string groupCode, string? period) => With($"{Root}/nhom/{Uri.EscapeDataString(groupCode)}", period);

    public static string SubIndicator(string code, string? period, string? group = null)
    {
        var path = With($"{Root}/chi-so/{Uri.EscapeDataString(code)}", period);
        return string.IsNullOrEmpty(group) ? path : QueryHelpers.AddQueryString(path, ViewQuery.GroupKey, group);
    }

    public static string Unit(string unitCode, string? period) => With($"{Root}/don-vi/{Uri.EscapeDataString(unitCode)}", period);

    /// <summary>The administrator's page of the rule sets.</summary>
    public const string RuleSets = "/quan-tri/chi-so-766";

    /// <summary>The office's entry of the province's national rank.</summary>
    public const string NationalRanks = Root + "/thu-hang-toan-quoc";

    private static string With(string path, string? period) =>
        string.IsNullOrEmpty(period) ? path : QueryHelpers.AddQueryString(path, ViewQuery.PeriodKey, period);
}
