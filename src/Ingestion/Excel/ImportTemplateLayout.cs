namespace TargetsDashboard.Ingestion.Excel;

/// <summary>
/// Where things are in the import template, shared by the writer and the reader so that the two cannot drift apart.
/// </summary>
public static class ImportTemplateLayout
{
    public const string DataSheet = "Số liệu";
    public const string GuideSheet = "Hướng dẫn";
    public const string CatalogSheet = "Danh mục";

    /// <summary>A very hidden sheet holding the version marker: users cannot see it, so they do not delete it by accident.</summary>
    public const string MarkerSheet = "_mau";

    /// <summary>The defined name pointing at the version cell.</summary>
    public const string VersionName = "PhienBanMau";

    /// <summary>Raised whenever the columns move: a file filled in from an older template is then refused, not misread.</summary>
    public const string Version = "TargetsDashboard.NhapSoLieu.v1";

    /// <summary>The header is row 1; figures start on row 2.</summary>
    public const int HeaderRow = 1;

    public const int FirstDataRow = 2;

    public const int MonthColumn = 1;
    public const int UnitCodeColumn = 2;
    public const int UnitNameColumn = 3;
    public const int IndicatorCodeColumn = 4;
    public const int IndicatorNameColumn = 5;
    public const int NumeratorColumn = 6;
    public const int DenominatorColumn = 7;
    public const int NumeratorMeaningColumn = 8;
    public const int DenominatorMeaningColumn = 9;

    /// <summary>Headers of columns A to I; the reader checks A to G (the ones it reads).</summary>
    public static IReadOnlyList<(string Header, double Width)> Columns { get; } =
    [
        ("Tháng (MM/yyyy)", 12),
        ("Mã đơn vị", 24),
        ("Tên đơn vị", 34),
        ("Mã chỉ tiêu", 20),
        ("Tên chỉ tiêu", 30),
        ("Tử số", 12),
        ("Mẫu số", 12),
        ("Tử số là", 48),
        ("Mẫu số là", 48),
    ];

    /// <summary>The columns the reader needs, each checked by its header.</summary>
    public static int ReadColumnCount => DenominatorColumn;

    /// <summary>"A", "B", … for a column number (the template has fewer than 27 columns).</summary>
    public static string Letter(int column) => ((char)('A' + column - 1)).ToString();
}
