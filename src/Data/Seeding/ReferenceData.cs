using TargetsDashboard.Kpi;

namespace TargetsDashboard.Data.Seeding;

/// <summary>
/// The five indicators of the 2025 directive (the demo province's Công văn 4912/UBND-HCC) and their 2025 targets: the
/// preset <see cref="IndicatorPresets.Directive2025"/>. Definitions follow the formulas behind
/// Decision 766/QĐ-TTg; CONTACTLESS has no official definition and is marked as the province's working one.
/// </summary>
public static class ReferenceData
{
    public const string NonBoundary = "NON_BOUNDARY";
    public const string Contactless = "CONTACTLESS";
    public const string Digitized = "DIGITIZED";
    public const string FullOnline = "FULL_ONLINE";
    public const string OnlineProcessed = "ONLINE_PROCESSED";

    public const string DirectiveNumber = "4912/UBND-HCC";
    public static readonly DateOnly DirectiveDate = new(2025, 4, 26);
    /// <summary>The issuer of the demo's directive; a configured province's preset names its own People's Committee.</summary>
    public const string DirectiveIssuer = "Công văn của Ủy ban nhân dân tỉnh " + UnitCatalog.DemoProvinceName;

    /// <summary>The directive sets its targets for the year 2025; they stay in force until a later document replaces them.</summary>
    public static readonly DateOnly TargetsEffectiveFrom = new(2025, 1, 1);

    public static IReadOnlyList<Indicator> Indicators() =>
    [
        new Indicator
        {
            Code = NonBoundary,
            NameVi = "TTHC tiếp nhận, giải quyết phi địa giới hành chính",
            NameEn = "Procedures filed and resolved regardless of administrative boundary",
            ShortNameVi = "Phi địa giới",
            NumeratorVi = "Số TTHC thuộc danh mục tiếp nhận, giải quyết không phụ thuộc địa giới hành chính đã công bố",
            DenominatorVi = "Tổng số TTHC thuộc thẩm quyền tiếp nhận, giải quyết của đơn vị",
            NumeratorItemVi = "TTHC phi địa giới",
            CountedOver = CountedOver.Procedures,
            Aggregation = Aggregation.Stock,
            DefinitionNoteVi = "Nghị định 118/2025/NĐ-CP: nộp hồ sơ, nhận kết quả trực tuyến, qua bưu chính công ích hoặc tại bất kỳ Bộ phận Một cửa nào, không phụ thuộc nơi cư trú.",
            DisplayOrder = 1,
        },
        new Indicator
        {
            Code = Contactless,
            NameVi = "Giao dịch hành chính “phi tiếp xúc”",
            NameEn = "Contactless administrative transactions",
            ShortNameVi = "Phi tiếp xúc",
            NumeratorVi = "Số hồ sơ tiếp nhận trực tuyến hoặc qua dịch vụ bưu chính công ích",
            DenominatorVi = "Tổng số hồ sơ tiếp nhận",
            NumeratorItemVi = "hồ sơ phi tiếp xúc",
            CountedOver = CountedOver.Dossiers,
            Aggregation = Aggregation.Flow,
            IsWorkingDefinition = true,
            DefinitionNoteVi = "Chưa có định nghĩa chính thức; đây là định nghĩa làm việc của tỉnh, quản trị viên có thể thay đổi.",
            DisplayOrder = 2,
        },
        new Indicator
        {
            Code = Digitized,
            NameVi = "Hồ sơ, kết quả giải quyết TTHC được số hóa",
            NameEn = "Dossiers and results digitised",
            ShortNameVi = "Số hóa",
            NumeratorVi = "Số hồ sơ được số hóa thành phần hồ sơ và cấp kết quả điện tử (nếu kết quả là giấy)",
            DenominatorVi = "Tổng số hồ sơ đã giải quyết",
            NumeratorItemVi = "hồ sơ được số hóa",
            CountedOver = CountedOver.Dossiers,
            Aggregation = Aggregation.Flow,
            DefinitionNoteVi = "Quyết định 766/QĐ-TTg, công thức 4.2; Nghị định 107/2021/NĐ-CP; Thông tư 01/2023/TT-VPCP.",
            DisplayOrder = 3,
        },
        new Indicator
        {
            Code = FullOnline,
            NameVi = "Dịch vụ công trực tuyến toàn trình trên tổng số TTHC đủ điều kiện",
            NameEn = "Full-process online services over eligible procedures",
            ShortNameVi = "DVCTT toàn trình",
            NumeratorVi = "Số TTHC được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình",
            DenominatorVi = "Số TTHC đủ điều kiện cung cấp dịch vụ công trực tuyến toàn trình",
            NumeratorItemVi = "TTHC trực tuyến toàn trình",
            CountedOver = CountedOver.Procedures,
            Aggregation = Aggregation.Stock,
            DefinitionNoteVi = "Quyết định 766/QĐ-TTg, công thức 3.1; Nghị định 42/2022/NĐ-CP.",
            DisplayOrder = 4,
        },
        new Indicator
        {
            Code = OnlineProcessed,
            NameVi = "Hồ sơ TTHC được xử lý trực tuyến",
            NameEn = "Dossiers processed online",
            ShortNameVi = "Xử lý trực tuyến",
            NumeratorVi = "Số hồ sơ tiếp nhận trực tuyến trong kỳ (có kết quả điện tử nếu kết quả là giấy)",
            DenominatorVi = "Tổng số hồ sơ tiếp nhận trong kỳ",
            NumeratorItemVi = "hồ sơ trực tuyến",
            CountedOver = CountedOver.Dossiers,
            Aggregation = Aggregation.Flow,
            DefinitionNoteVi = "Quyết định 766/QĐ-TTg, công thức 3.3.",
            DisplayOrder = 5,
        },
    ];

    /// <summary>The directive's thresholds by indicator code.</summary>
    public static IReadOnlyDictionary<string, decimal> DirectiveThresholds { get; } = new Dictionary<string, decimal>
    {
        [NonBoundary] = 0.70m,
        [Contactless] = 0.70m,
        [Digitized] = 0.70m,
        [FullOnline] = 0.80m,
        [OnlineProcessed] = 0.70m,
    };

    public static Target DirectiveTarget(Indicator indicator, string issuer = DirectiveIssuer)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentException.ThrowIfNullOrWhiteSpace(issuer);
        return new Target
        {
            IndicatorId = indicator.Id,
            Threshold = DirectiveThresholds[indicator.Code],
            Comparison = Comparison.AtLeast,
            EffectiveFrom = TargetsEffectiveFrom,
            SourceDocumentNumber = DirectiveNumber,
            SourceDocumentDate = DirectiveDate,
            SourceIssuer = issuer,
        };
    }
}
