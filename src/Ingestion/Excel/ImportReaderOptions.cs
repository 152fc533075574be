using System.ComponentModel.DataAnnotations;

namespace TargetsDashboard.Ingestion.Excel;

/// <summary>Limits an uploaded workbook must stay within before it is opened at all.</summary>
public sealed class ImportReaderOptions
{
    public const string SectionName = "ExcelImport";

    /// <summary>Largest accepted file. A month's template for a province is some 50 KB; national size about 500 KB.</summary>
    [Range(1, 1L << 30)]
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Largest total of the zip entries' declared uncompressed sizes.</summary>
    [Range(1, 1L << 34)]
    public long MaxUncompressedBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>Largest uncompressed ÷ compressed ratio of a sizeable entry; real sheets compress 5–20×, bombs 1000×.</summary>
    [Range(1.0, 100_000.0)]
    public double MaxCompressionRatio { get; set; } = 200;

    /// <summary>An xlsx has a dozen parts; thousands mean something else.</summary>
    [Range(1, 100_000)]
    public int MaxZipEntries { get; set; } = 1000;

    /// <summary>Highest row number any sheet may use: national size is 10,000 figures a month.</summary>
    [Range(1, 1_048_576)]
    public int MaxRows { get; set; } = 100_000;

    /// <summary>
    /// Largest uncompressed XML part (a sheet, the shared strings, the styles), counted as it inflates: a national
    /// template of 10,000 rows is about 1.5 MB of sheet XML; 98 MB of it in columns the import never reads cost 19 s.
    /// </summary>
    [Range(1, 1L << 31)]
    public long MaxPartBytes { get; set; } = 16L * 1024 * 1024;

    /// <summary>
    /// Most cells in all sheets together (every <c>c</c> element, empty or not): a national template holds about
    /// 90,000; ClosedXML keeps each cell in memory, some 250 bytes apiece.
    /// </summary>
    [Range(1, 100_000_000)]
    public int MaxCells { get; set; } = 300_000;
}
