using System.Globalization;

namespace TargetsDashboard.Reporting;

/// <summary>File names people can file by: the kind of report, the month, the unit code; ASCII only, so every mail client and zip tool keeps them.</summary>
public static class ReportFileNames
{
    /// <summary>"bao-cao-thang-10-2025-so-tu-phap.pdf".</summary>
    public static string Unit(string unitCode, YearMonth month, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"bao-cao-thang-{month.Month:00}-{month.Year}-{unitCode}.{extension}");

    /// <summary>"bao-cao-tong-hop-thang-10-2025.pdf".</summary>
    public static string Summary(YearMonth month, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"bao-cao-tong-hop-thang-{month.Month:00}-{month.Year}.{extension}");

    /// <summary>"so-lieu-chi-tieu-01-2025-den-10-2025.xlsx".</summary>
    public static string DataExport(YearMonth from, YearMonth to) =>
        string.Create(CultureInfo.InvariantCulture, $"so-lieu-chi-tieu-{from.Month:00}-{from.Year}-den-{to.Month:00}-{to.Year}.xlsx");

    /// <summary>"bao-cao-cac-don-vi-thang-10-2025.zip", or "…-2025-so-ban-nganh.zip" for one group's units.</summary>
    public static string Archive(YearMonth month, string? groupSuffix = null) =>
        string.Create(CultureInfo.InvariantCulture, $"bao-cao-cac-don-vi-thang-{month.Month:00}-{month.Year}{(string.IsNullOrEmpty(groupSuffix) ? string.Empty : "-" + groupSuffix)}.zip");

    /// <summary>The folder of a unit's files inside the archive: departments apart from communes and wards, as the rankings are.</summary>
    public static string ArchiveFolder(PeerGroup group) => group == PeerGroup.Departments ? "so-ban-nganh" : "xa-phuong";
}
