using TargetsDashboard.Kpi;

namespace TargetsDashboard.Reporting.Tests;

/// <summary>A small province with all five indicators and 14 months of figures ending October 2025.</summary>
internal static class ReportTestData
{
    public const string Source = "Công văn số 4912/UBND-HCC ngày 26/04/2025";

    /// <summary>The province the test reports are issued in, as the app sets it from Province:Name.</summary>
    public static ReportOptions DongNai() => new() { ProvinceName = "Đồng Nai", ParentBody = "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI" };

    public static ReportModelBuilder Builder(ReportOptions? options = null) => new(Microsoft.Extensions.Options.Options.Create(options ?? DongNai()));

    public static readonly YearMonth October = new(2025, 10);
    public static readonly DateOnly IssueDate = new(2025, 11, 5);

    public const int Justice = 1;
    public const int Health = 2;
    public const int Commune = 3;
    public const int Ward = 4;

    public static readonly UnitInfo[] Units =
    [
        new(Justice, "so-tu-phap", "Sở Tư pháp", UnitKind.Department),
        new(Health, "so-y-te", "Sở Y tế", UnitKind.Department),
        new(Commune, "xa-an-binh", "Xã An Bình", UnitKind.Commune),
        new(Ward, "phuong-bien-hoa", "Phường Biên Hòa", UnitKind.Ward),
    ];

    public static readonly IndicatorInfo[] Indicators =
    [
        new("NON_BOUNDARY", "TTHC tiếp nhận, giải quyết phi địa giới hành chính", Aggregation.Stock, CountedOver.Procedures, "TTHC phi địa giới", 1),
        new("CONTACTLESS", "Giao dịch hành chính “phi tiếp xúc”", Aggregation.Flow, CountedOver.Dossiers, "hồ sơ phi tiếp xúc", 2),
        new("DIGITIZED", "Hồ sơ, kết quả giải quyết TTHC được số hóa", Aggregation.Flow, CountedOver.Dossiers, "hồ sơ được số hóa", 3),
        new("FULL_ONLINE", "DVCTT toàn trình trên tổng số TTHC đủ điều kiện", Aggregation.Stock, CountedOver.Procedures, "TTHC trực tuyến toàn trình", 4),
        new("ONLINE_PROCESSED", "Hồ sơ TTHC được xử lý trực tuyến", Aggregation.Flow, CountedOver.Dossiers, "hồ sơ trực tuyến", 5),
    ];

    public static TargetRule[] Targets() =>
    [
        .. Indicators.Select((indicator, i) => new TargetRule(
            i + 1,
            indicator.Code,
            indicator.Code == "FULL_ONLINE" ? 0.8m : 0.7m,
            Comparison.AtLeast,
            new YearMonth(2024, 1),
            null,
            null,
            Source)),
    ];

    /// <summary>
    /// Figures for every unit, indicator and month from 09/2024 to 10/2025, except: Sở Tư pháp has no CONTACTLESS
    /// figures in 10/2025 (unknown) and digitised 300 of 1.234 dossiers then (needs 564 more to reach 70%).
    /// </summary>
    public static KpiEngine Engine(IReadOnlyList<UnitInfo>? units = null)
    {
        var measurements = new List<Measurement>();
        for (var month = new YearMonth(2024, 9); month <= October; month = month.AddMonths(1))
        {
            foreach (var unit in Units)
            {
                for (var i = 0; i < Indicators.Length; i++)
                {
                    var code = Indicators[i].Code;
                    if (unit.UnitId == Justice && month == October && code == "CONTACTLESS")
                    {
                        continue;
                    }

                    var denominator = 1000L + (unit.UnitId * 37) + (month.Month * 11) + (i * 5);
                    var share = 0.55m + (((unit.UnitId * 7) + (month.Month * 3) + (i * 5)) % 40 / 100m);
                    var numerator = (long)Math.Round(denominator * share);
                    if (unit.UnitId == Justice && month == October && code == "DIGITIZED")
                    {
                        (numerator, denominator) = (300, 1234);
                    }

                    measurements.Add(new Measurement(unit.UnitId, code, month, numerator, denominator));
                }
            }
        }

        return new KpiEngine(units ?? Units, Indicators, Targets(), measurements);
    }

    public static UnitReportModel JusticeReport(string? note = "Hệ thống một cửa điện tử gián đoạn 3 ngày; đề nghị Sở Khoa học và Công nghệ hỗ trợ.", bool isDemo = false) =>
        ReportTestData.Builder().BuildUnitReport(Engine(), new UnitReportRequest("so-tu-phap", October, IssueDate, note, isDemo))!;
}
