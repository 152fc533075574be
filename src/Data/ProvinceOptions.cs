using System.Globalization;
using TargetsDashboard.Formatting;

namespace TargetsDashboard.Data;

/// <summary>
/// The "Province" configuration section: which province this office serves, the names its documents are issued under,
/// and the reference data a fresh database starts with. Nothing in the app names a province that is not configured here.
/// </summary>
public sealed class ProvinceOptions
{
    public const string SectionName = "Province";

    /// <summary>The province as written in running text and in the place line: "Hưng Yên".</summary>
    public string? Name { get; set; }

    /// <summary>The People's Committee above the departments in report headers; empty for "ỦY BAN NHÂN DÂN TỈNH " + the name in upper case.</summary>
    public string? CommitteeName { get; set; }

    /// <summary>The committee's office, which runs the dashboard; empty for "VĂN PHÒNG UBND TỈNH " + the name in upper case.</summary>
    public string? OfficeName { get; set; }

    /// <summary>Path (absolute, or relative to the content root) of a units file shaped like shared/data/*.json, loaded into an empty database at start.</summary>
    public string? UnitCatalog { get; set; }

    /// <summary>Indicators and targets applied to a database without indicators at start: empty or <see cref="Seeding.IndicatorPresets.Directive2025"/>.</summary>
    public string? IndicatorPreset { get; set; }

    private static readonly CultureInfo Vietnamese = Vietnam.Culture;

    public string CommitteeNameOrDefault =>
        string.IsNullOrWhiteSpace(CommitteeName) ? "ỦY BAN NHÂN DÂN TỈNH " + (Name ?? string.Empty).Trim().ToUpper(Vietnamese) : CommitteeName.Trim();

    public string OfficeNameOrDefault =>
        string.IsNullOrWhiteSpace(OfficeName) ? "VĂN PHÒNG UBND TỈNH " + (Name ?? string.Empty).Trim().ToUpper(Vietnamese) : OfficeName.Trim();

    /// <summary>The issuer of the province's own documents, as a target's source: "Công văn của Ủy ban nhân dân tỉnh Hưng Yên".</summary>
    public string DirectiveIssuer => "Công văn của Ủy ban nhân dân tỉnh " + (Name ?? string.Empty).Trim();

    /// <summary>The units file as a full path, or null when none is configured.</summary>
    public string? UnitCatalogPath(string contentRoot) =>
        string.IsNullOrWhiteSpace(UnitCatalog) ? null : Path.GetFullPath(Path.Combine(contentRoot, UnitCatalog.Trim()));
}
