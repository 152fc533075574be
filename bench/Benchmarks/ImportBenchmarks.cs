using BenchmarkDotNet.Attributes;
using ClosedXML.Excel;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TargetsDashboard.Data;
using TargetsDashboard.Data.Entities;
using TargetsDashboard.Data.Seeding;
using TargetsDashboard.Ingestion;
using TargetsDashboard.Ingestion.Excel;
using TargetsDashboard.Ingestion.Tests.TestData;

namespace TargetsDashboard.Benchmarks;

/// <summary>
/// The Excel import at national size: a 10,000-row workbook (2,000 units × 5 indicators) read and validated, then
/// committed into a fresh SQLite file. Baselines from the same run: ClosedXML opening the file and reading every cell
/// (nothing that reads the workbook can be faster), and a raw bulk insert of the same rows (nothing that writes them can be).
/// </summary>
[MemoryDiagnoser(displayGenColumns: false)]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet owns the lifetime: cleanup disposes, and it needs an unsealed class.")]
public class ImportBenchmarks
{
    public const int UnitCount = 2_000;
    public static readonly DateOnly Month = new(2025, 11, 1);

    private string _folder = null!;
    private string _seededFile = null!;
    private byte[] _workbook = null!;
    private byte[] _changedWorkbook = null!;
    private byte[] _worstAccepted = null!;
    private ServiceProvider _services = null!;
    private string _iterationFile = null!;
    private readonly ImportWorkbookReader _reader = new();

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "targets-bench-import", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _seededFile = Path.Combine(_folder, "seeded.db");
        using (var services = BenchDatabases.Services(_seededFile))
        {
            var contexts = services.GetRequiredService<IDbContextFactory<TargetsDbContext>>();
            using (var db = contexts.CreateDbContext())
            {
                db.Database.Migrate();
            }

            services.GetRequiredService<DemoDataSeeder>()
                .SeedReferenceDataAsync(ScaledCatalog.Create(UnitCatalog.DongNai(), UnitCount), new DateOnly(2024, 1, 1), CancellationToken.None)
                .GetAwaiter().GetResult();
            var template = new ImportTemplateSource(contexts).CreateAsync(Month).GetAwaiter().GetResult();
            _workbook = FilledTemplate(template, shift: 0);
            _changedWorkbook = FilledTemplate(template, shift: 1);
            using var checkpoint = contexts.CreateDbContext();
            checkpoint.Database.ExecuteSqlRaw("PRAGMA wal_checkpoint(TRUNCATE);");
        }

        SqliteConnection.ClearAllPools();
        _services = BenchDatabases.Services(_seededFile);
        var rows = ReadAndValidate().GetAwaiter().GetResult();
        if (rows != UnitCount * 5)
        {
            throw new InvalidOperationException($"The workbook gave {rows} valid rows, not {UnitCount * 5}.");
        }

        _worstAccepted = WorstAcceptedUpload(_workbook, _reader.Limits);
        rows = PreviewWorstAccepted().GetAwaiter().GetResult();
        if (rows != UnitCount * 5)
        {
            throw new InvalidOperationException($"The largest accepted upload gave {rows} valid rows, not {UnitCount * 5}.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>A fresh copy of the seeded database for each commit: every iteration writes 10,000 new figures.</summary>
    [IterationSetup(Targets = [nameof(ReadValidateCommit), nameof(RawBulkInsert)])]
    public void FreshDatabase()
    {
        SqliteConnection.ClearAllPools();
        _iterationFile = Path.Combine(_folder, $"run-{Guid.NewGuid():N}.db");
        File.Copy(_seededFile, _iterationFile);
    }

    /// <summary>A fresh copy holding the month's 10,000 figures already: the replace overwrites every one of them.</summary>
    [IterationSetup(Targets = [nameof(ReplaceWholeMonth)])]
    public void FullMonthDatabase()
    {
        FreshDatabase();
        using var services = BenchDatabases.Services(_iterationFile);
        var importer = Importer(services);
        var preview = importer.PreviewAsync(_reader.Read(_workbook, "quoc-gia.xlsx", Month)).GetAwaiter().GetResult();
        importer.CommitAsync(preview, ImportMode.Replace, MeasurementSource.ExcelImport, "bench").GetAwaiter().GetResult();
    }

    [IterationCleanup(Targets = [nameof(ReadValidateCommit), nameof(RawBulkInsert), nameof(ReplaceWholeMonth)])]
    public void DropDatabase()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(_iterationFile + suffix);
        }
    }

    [Benchmark(Baseline = true, Description = "(a) ClosedXML: open and read every cell")]
    public int ClosedXmlReadAllCells()
    {
        using var workbook = new XLWorkbook(new MemoryStream(_workbook));
        var length = 0;
        foreach (var cell in workbook.Worksheet(ImportTemplateLayout.DataSheet).CellsUsed())
        {
            length += cell.GetString().Length;
        }

        return length;
    }

    [Benchmark(Description = "(b) read + validate (preview)")]
    public async Task<int> ReadAndValidate()
    {
        var batch = _reader.Read(_workbook, "quoc-gia.xlsx", Month);
        var preview = await Importer(_services).PreviewAsync(batch);
        return preview.Rows.Count;
    }

    [Benchmark(Description = "(c) read + validate + commit")]
    public async Task<int> ReadValidateCommit()
    {
        await using var services = BenchDatabases.Services(_iterationFile);
        var importer = Importer(services);
        var preview = await importer.PreviewAsync(_reader.Read(_workbook, "quoc-gia.xlsx", Month));
        var outcome = await importer.CommitAsync(preview, ImportMode.Replace, MeasurementSource.ExcelImport, "bench");
        return outcome.Status == ImportStatus.Committed ? outcome.Added : throw new InvalidOperationException(outcome.Status.ToString());
    }

    [Benchmark(Description = "(e) read + validate + replace every figure of a full month")]
    public async Task<int> ReplaceWholeMonth()
    {
        await using var services = BenchDatabases.Services(_iterationFile);
        var importer = Importer(services);
        var preview = await importer.PreviewAsync(_reader.Read(_changedWorkbook, "quoc-gia-sua.xlsx", Month));
        var outcome = await importer.CommitAsync(preview, ImportMode.Replace, MeasurementSource.ExcelImport, "bench");
        return outcome.Status == ImportStatus.Committed && outcome.Changed == UnitCount * 5 ? outcome.Changed : throw new InvalidOperationException($"{outcome.Status}: {outcome.Changed} changed.");
    }

    /// <summary>The national workbook with cells in columns the import never reads, just under every limit of the guard.</summary>
    [Benchmark(Description = "(f) read + validate the largest accepted upload (cells in unread columns)")]
    public async Task<int> PreviewWorstAccepted()
    {
        var batch = _reader.Read(_worstAccepted, "lon-nhat.xlsx", Month);
        var preview = await Importer(_services).PreviewAsync(batch);
        return preview.Issues.Count == 0 ? preview.Rows.Count : throw new InvalidOperationException(preview.Issues[0].Message);
    }

    public byte[] WorstAccepted => _worstAccepted;

    /// <summary>
    /// Cells in columns J on until the workbook holds one cell less than <see cref="ImportReaderOptions.MaxCells"/>,
    /// each text as long as keeps the data sheet's XML just under <see cref="ImportReaderOptions.MaxPartBytes"/>.
    /// </summary>
    public static byte[] WorstAcceptedUpload(byte[] workbook, ImportReaderOptions limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var cells = limits.MaxCells - 1;
        var target = limits.MaxPartBytes - (64 * 1024);
        var shorter = UnreadColumns.DataSheetBytes(UnreadColumns.Fill(workbook, cells, 10));
        var longer = UnreadColumns.DataSheetBytes(UnreadColumns.Fill(workbook, cells, 20));
        var textLength = 10 + (int)((target - shorter) / ((longer - shorter) / 10.0));
        var file = UnreadColumns.Fill(workbook, cells, textLength);
        if (WorkbookGuard.Check(file, limits) is { } refused)
        {
            throw new InvalidOperationException($"The largest accepted upload was refused: {refused}");
        }

        return file;
    }

    [Benchmark(Description = "(d) raw SQLite bulk insert of the same rows")]
    public int RawBulkInsert()
    {
        using var connection = new SqliteConnection($"Data Source={_iterationFile}");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO "Measurements" ("UnitId", "IndicatorId", "Month", "Numerator", "Denominator", "Source", "UpdatedBy", "UpdatedAtUtc", "Version")
            VALUES (@u, @i, '2025-11-01', @n, @d, 'ExcelImport', 'bench', '2025-11-22 00:00:00', 0)
            """;
        var unit = insert.Parameters.Add("@u", SqliteType.Integer);
        var indicator = insert.Parameters.Add("@i", SqliteType.Integer);
        var numerator = insert.Parameters.Add("@n", SqliteType.Integer);
        var denominator = insert.Parameters.Add("@d", SqliteType.Integer);
        var written = 0;
        for (var u = 1; u <= UnitCount; u++)
        {
            for (var i = 1; i <= 5; i++)
            {
                (unit.Value, indicator.Value, numerator.Value, denominator.Value) = (u, i, 30 + i, 60 + u);
                written += insert.ExecuteNonQuery();
            }
        }

        transaction.Commit();
        return written;
    }

    private static FigureImporter Importer(IServiceProvider services) =>
        new(services.GetRequiredService<IDbContextFactory<TargetsDbContext>>(), TimeProvider.System);

    /// <summary>
    /// Every row of the template filled with a valid figure, as a province's office would send it; another
    /// <paramref name="shift"/> gives every row other values.
    /// </summary>
    private static byte[] FilledTemplate(byte[] template, int shift)
    {
        using var workbook = new XLWorkbook(new MemoryStream(template));
        var sheet = workbook.Worksheet(ImportTemplateLayout.DataSheet);
        var last = sheet.LastRowUsed().RowNumber();
        for (var row = ImportTemplateLayout.FirstDataRow; row <= last; row++)
        {
            sheet.Cell(row, ImportTemplateLayout.NumeratorColumn).SetValue(30 + (row % 17) + shift);
            sheet.Cell(row, ImportTemplateLayout.DenominatorColumn).SetValue(60 + (row % 23));
        }

        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }
}
