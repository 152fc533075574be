using TargetsDashboard.Kpi;

namespace TargetsDashboard.Reporting.Tests;

/// <summary>A province-sized engine (15 departments, 95 communes and wards) with Vietnamese names and 14 months of figures.</summary>
internal static class ProvinceTestData
{
    public static readonly IReadOnlyDictionary<string, string> ShortNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["NON_BOUNDARY"] = "Phi địa giới",
        ["CONTACTLESS"] = "Phi tiếp xúc",
        ["DIGITIZED"] = "Số hóa",
        ["FULL_ONLINE"] = "Toàn trình",
        ["ONLINE_PROCESSED"] = "Xử lý trực tuyến",
    };

    private static readonly string[] Departments =
    [
        "Văn phòng UBND tỉnh", "Sở Tư pháp", "Sở Y tế", "Sở Tài chính", "Sở Xây dựng", "Sở Nội vụ", "Sở Công Thương", "Sở Giáo dục và Đào tạo",
        "Sở Khoa học và Công nghệ", "Sở Nông nghiệp và Môi trường", "Sở Văn hóa, Thể thao và Du lịch", "Sở Ngoại vụ", "Thanh tra tỉnh", "Ban Quản lý các khu công nghiệp", "Sở Dân tộc và Tôn giáo",
    ];

    private static readonly string[] Places =
    [
        "An Bình", "Biên Hòa", "Long Khánh", "Trảng Bom", "Long Thành", "Nhơn Trạch", "Định Quán", "Tân Phú", "Xuân Lộc", "Cẩm Mỹ", "Vĩnh Cửu", "Thống Nhất",
        "Đồng Xoài", "Bình Long", "Phước Long", "Lộc Ninh", "Bù Đăng", "Chơn Thành", "Hớn Quản", "Phú Riềng",
    ];

    public static IReadOnlyList<UnitInfo> Units(string? oddName = null)
    {
        var units = new List<UnitInfo>();
        for (var i = 0; i < Departments.Length; i++)
        {
            units.Add(new UnitInfo(i + 1, $"so-{i + 1}", Departments[i], UnitKind.Department));
        }

        for (var i = 0; i < 95; i++)
        {
            var kind = i % 4 == 0 ? UnitKind.Ward : UnitKind.Commune;
            var name = $"{(kind == UnitKind.Ward ? "Phường" : "Xã")} {Places[i % Places.Length]}{(i >= Places.Length ? " " + ((i / Places.Length) + 1) : string.Empty)}";
            units.Add(new UnitInfo(100 + i, $"xa-{i + 1}", i == 0 && oddName is not null ? oddName : name, kind));
        }

        return units;
    }

    /// <summary>Figures from 09/2024 to 10/2025; every 10th commune sent nothing in 10/2025 (completeness below 100%).</summary>
    public static KpiEngine Engine(string? oddName = null)
    {
        var units = Units(oddName);
        var random = new Random(7);
        var measurements = new List<Measurement>();
        for (var month = new YearMonth(2024, 9); month <= ReportTestData.October; month = month.AddMonths(1))
        {
            foreach (var unit in units)
            {
                if (month == ReportTestData.October && unit.UnitId >= 100 && unit.UnitId % 10 == 5)
                {
                    continue;
                }

                foreach (var indicator in ReportTestData.Indicators)
                {
                    var denominator = random.Next(40, 2500);
                    var numerator = (long)(denominator * (0.45 + (random.NextDouble() * 0.55)));
                    measurements.Add(new Measurement(unit.UnitId, indicator.Code, month, numerator, denominator));
                }
            }
        }

        return new KpiEngine(units, ReportTestData.Indicators, ReportTestData.Targets(), measurements);
    }

    public static ProvinceSummaryModel Summary(KpiEngine? engine = null, bool isDemo = false) =>
        ReportTestData.Builder().BuildProvinceSummary(engine ?? Engine(), new ProvinceSummaryRequest(ReportTestData.October, ReportTestData.IssueDate, isDemo, ShortNames));
}
