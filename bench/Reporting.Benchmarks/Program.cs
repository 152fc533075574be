using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;
using TargetsDashboard.Kpi;
using TargetsDashboard.Reporting;
using TargetsDashboard.Reporting.Excel;
using TargetsDashboard.Reporting.Pdf;

// Medians of report generation at province scale (110 units, 5 indicators, 24 months), warm.
// Run: dotnet run -c Release --project bench/Reporting.Benchmarks [-- iterations [zip-iterations]]
var iterations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 15;
// The all-units zip prints 110 PDFs per run: a few runs give a median without taking many minutes.
var zipIterations = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
var engine = ProvinceEngine();
var builder = new ReportModelBuilder(Options.Create(new ReportOptions { ProvinceName = "Đồng Nai", ParentBody = "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI" }));
var month = new YearMonth(2025, 10);
var request = new UnitReportRequest("so-1", month, new DateOnly(2025, 11, 5), "Khó khăn: đường truyền chậm; đề nghị hỗ trợ.", IsDemo: true);
await using var printer = new PdfPrinter(Options.Create(new ReportOptions()));

var model = builder.BuildUnitReport(engine, request)!;
await printer.PrintAsync(UnitReportDocument.Render(model)); // launches the browser: not measured
UnitReportWorkbook.Create(model);

Report("unit model (engine → model)", Measure(iterations, () => builder.BuildUnitReport(engine, request)));
Report("unit Excel (model → xlsx)", Measure(iterations, () => UnitReportWorkbook.Create(model)));
Report("unit HTML (model → html)", Measure(iterations, () => UnitReportDocument.Render(model)));
Report("unit PDF warm (engine → pdf)", await MeasureAsync(iterations, async () => await printer.PrintAsync(UnitReportDocument.Render(builder.BuildUnitReport(engine, request)!))));
Report("unit Excel (engine → xlsx)", Measure(iterations, () => UnitReportWorkbook.Create(builder.BuildUnitReport(engine, request)!)));

var summaryRequest = new ProvinceSummaryRequest(month, new DateOnly(2025, 11, 5), IsDemo: true);
Report("summary model (engine → model)", Measure(iterations, () => builder.BuildProvinceSummary(engine, summaryRequest)));
Report("summary PDF (engine → pdf)", await MeasureAsync(iterations, async () =>
    await printer.PrintAsync(ProvinceSummaryDocument.Render(builder.BuildProvinceSummary(engine, summaryRequest)), ProvinceSummaryDocument.Orientation)));
Report("summary Excel (engine → xlsx)", Measure(iterations, () => ProvinceSummaryWorkbook.Create(builder.BuildProvinceSummary(engine, summaryRequest))));
Report("data export 12 months (xlsx)", Measure(Math.Min(iterations, 5), () =>
    DataExportWorkbook.Create(ReportModelBuilder.BuildDataExport(engine, month.AddMonths(-11), month, new DateOnly(2025, 11, 5)))));

var options = new ReportOptions();
Report("all-units zip, 110 units", await MeasureAsync(zipIterations, async () =>
{
    var models = engine.Units.Select(u => builder.BuildUnitReport(engine, request with { UnitCode = u.Code })!).ToList();
    var zip = await UnitReportsArchive.CreateAsync(models, printer, options.MaxConcurrentPrints);
    if (zip.Length < 110 * 2 * 1000)
    {
        throw new InvalidOperationException("The archive looks too small.");
    }
}));

static void Report(string name, IReadOnlyList<double> times)
{
    var sorted = times.Order().ToArray();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-32} median {sorted[sorted.Length / 2],8:0.0} ms   min {sorted[0],8:0.0} ms   max {sorted[^1],8:0.0} ms   (n={sorted.Length})"));
}

static List<double> Measure(int n, Action action)
{
    var times = new List<double>(n);
    for (var i = 0; i < n; i++)
    {
        var watch = Stopwatch.StartNew();
        action();
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    return times;
}

static async Task<List<double>> MeasureAsync(int n, Func<Task> action)
{
    var times = new List<double>(n);
    for (var i = 0; i < n; i++)
    {
        var watch = Stopwatch.StartNew();
        await action();
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    return times;
}

static KpiEngine ProvinceEngine()
{
    var units = new List<UnitInfo>();
    for (var i = 1; i <= 15; i++)
    {
        units.Add(new UnitInfo(i, $"so-{i}", $"Sở số {i}", UnitKind.Department));
    }

    for (var i = 16; i <= 110; i++)
    {
        units.Add(new UnitInfo(i, $"xa-{i}", $"Xã số {i}", i % 4 == 0 ? UnitKind.Ward : UnitKind.Commune));
    }

    string[] codes = ["NON_BOUNDARY", "CONTACTLESS", "DIGITIZED", "FULL_ONLINE", "ONLINE_PROCESSED"];
    var indicators = codes.Select((c, i) => new IndicatorInfo(c, "Chỉ tiêu " + c, i is 0 or 3 ? Aggregation.Stock : Aggregation.Flow, CountedOver.Dossiers, "hồ sơ", i)).ToList();
    var targets = codes.Select((c, i) => new TargetRule(i, c, 0.7m, Comparison.AtLeast, new YearMonth(2024, 1), null, null, "Công văn số 4912/UBND-HCC ngày 26/04/2025")).ToList();
    var random = new Random(42);
    var measurements = new List<Measurement>();
    for (var m = new YearMonth(2023, 11); m <= new YearMonth(2025, 10); m = m.AddMonths(1))
    {
        foreach (var unit in units)
        {
            foreach (var code in codes)
            {
                var denominator = random.Next(200, 3000);
                measurements.Add(new Measurement(unit.UnitId, code, m, (long)(denominator * (0.4 + (random.NextDouble() * 0.6))), denominator));
            }
        }
    }

    return new KpiEngine(units, indicators, targets, measurements);
}
