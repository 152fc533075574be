namespace TargetsDashboard.Kpi;

public sealed partial record Index766RuleSet
{
    /// <summary>
    /// The split the national portal computes today (checked against 1.985 published sub-scores of 116 units of one
    /// province, every one matching to 0,01 point). The official annex was not found in public text, hence the source.
    /// In force from 01/2025 until an administrator records a newer split.
    /// </summary>
    public static Index766RuleSet Portal2025 { get; } = new(
        "Cổng Dịch vụ công quốc gia, cách tính điểm hiện hành theo Quyết định 766/QĐ-TTg ngày 23/06/2022",
        new YearMonth(2025, 1),
        null,
        [
            new("PUBLICITY", "Công khai, minh bạch", 18m,
            [
                Scored("PUBLISH_ON_TIME", "TTHC công bố đúng hạn", 6m, CountedOver.Procedures, "TTHC công bố đúng hạn"),
                Scored("PUBLIC_UPDATE_ON_TIME", "TTHC cập nhật, công khai đúng hạn", 4m, CountedOver.Procedures, "TTHC cập nhật, công khai đúng hạn"),
                Scored("PUBLIC_CONTENT_FULL", "TTHC công khai đầy đủ nội dung", 2m, CountedOver.Procedures, "TTHC công khai đầy đủ nội dung"),
                Scored("DOSSIER_SYNC", "Hồ sơ đồng bộ lên Cổng DVCQG", 6m, CountedOver.Dossiers, "hồ sơ đồng bộ lên Cổng DVCQG"),
            ]),
            new("PROGRESS", "Tiến độ giải quyết", 20m,
            [
                Scored("ON_TIME", "Hồ sơ giải quyết đúng hạn và trước hạn", 20m, CountedOver.Dossiers, "hồ sơ giải quyết đúng hạn"),
                Shown("OVERDUE", "Hồ sơ giải quyết quá hạn", CountedOver.Dossiers, "hồ sơ giải quyết quá hạn"),
            ]),
            new("ONLINE", "Dịch vụ công trực tuyến", 12m,
            [
                Scored("ONLINE_SERVICE", "Cung cấp DVCTT và nộp hồ sơ trực tuyến", 12m, CountedOver.Dossiers, "hồ sơ nộp trực tuyến") with { IsRateOnly = true },
            ]),
            new("PAYMENT", "Thanh toán trực tuyến", 10m,
            [
                Scored("PAYMENT_A", "Hồ sơ thanh toán trực tuyến trên hồ sơ có nghĩa vụ tài chính (A)", 6m, CountedOver.Dossiers, "hồ sơ thanh toán trực tuyến"),
                Scored("PAYMENT_B", "TTHC có giao dịch thanh toán trực tuyến trên TTHC có thu phí phát sinh hồ sơ (B)", 2m, CountedOver.Procedures, "TTHC có giao dịch thanh toán trực tuyến", fullAt: 0.8m),
                Scored("PAYMENT_C", "TTHC có thu phí có phát sinh hồ sơ trên TTHC có thu phí (C)", 2.5m, CountedOver.Procedures, "TTHC có thu phí có phát sinh hồ sơ"),
            ],
            "6·A + min(2; 2,5·B) + 2,5·C"),
            new("DIGITISATION", "Số hóa hồ sơ", 22m,
            [
                Scored("ORIGINAL_RESULT_AVAILABLE", "Hồ sơ có cấp kết quả điện tử", 6m, CountedOver.Dossiers, "hồ sơ có cấp kết quả điện tử"),
                Scored("SO_HOA_GIAY_TO_GIAI_QUYET", "Hồ sơ thực hiện số hóa hồ sơ", 4m, CountedOver.Dossiers, "hồ sơ số hóa"),
                Scored("REUSED_DIGITIZED_DATA", "Hồ sơ khai thác, sử dụng lại dữ liệu số hóa", 2m, CountedOver.Dossiers, "hồ sơ sử dụng lại dữ liệu số hóa", fullAt: 0.8m),
                Scored("SYNCED_WITH_DVCQG_PERSONAL_STORAGE", "Hồ sơ số hóa kết nối kho dữ liệu trên Cổng DVCQG", 4m, CountedOver.Dossiers, "hồ sơ kết nối kho dữ liệu"),
                Scored("CITIZEN_DATA_CONNECTED_DOSSIER", "Hồ sơ sử dụng dữ liệu dân cư", 2m, CountedOver.Dossiers, "hồ sơ sử dụng dữ liệu dân cư"),
                Scored("CITIZEN_DATA_CONNECTED_FORMALITY", "TTHC triển khai kết nối dữ liệu dân cư", 2m, CountedOver.Procedures, "TTHC kết nối dữ liệu dân cư"),
                Scored("ELECTRONIC_CERTIFIED_COPY", "Chứng thực bản sao điện tử từ bản chính", 2m, CountedOver.Dossiers, "bản sao chứng thực điện tử", zero: ZeroDenominatorRule.EarnsFull),
            ]),
            new("SATISFACTION", "Mức độ hài lòng", 18m,
            [
                Scored("DOSSIER_RECEIVING_SATISFACTION", "Hài lòng trong tiếp nhận, giải quyết TTHC", 6m, CountedOver.Dossiers, "đánh giá hài lòng", fullAt: 0.9m),
                Scored("PETITION_PROCESSING_ON_TIME", "Phản ánh, kiến nghị xử lý đúng hạn", 6m, CountedOver.Dossiers, "PAKN xử lý đúng hạn", zero: ZeroDenominatorRule.EarnsFull),
                Scored("PETITION_HANDLING_SATISFACTION", "Hài lòng trong xử lý phản ánh, kiến nghị", 6m, CountedOver.Dossiers, "PAKN được đánh giá hài lòng", zero: ZeroDenominatorRule.EarnsFull),
                Shown("PETITION_CLASSIFICATION_TTHC", "Phản ánh, kiến nghị về quy định hành chính", CountedOver.Dossiers, "PAKN về quy định"),
                Shown("PETITION_CLASSIFICATION_STAFF", "Phản ánh, kiến nghị về cán bộ", CountedOver.Dossiers, "PAKN về cán bộ"),
            ]),
        ]);

    private static Index766SubIndicator Scored(
        string code,
        string nameVi,
        decimal max,
        CountedOver countedOver,
        string itemVi,
        decimal fullAt = 1m,
        ZeroDenominatorRule zero = ZeroDenominatorRule.EarnsNothing) =>
        new(code, nameVi, max, fullAt, zero, IsScored: true, IsRateOnly: false, countedOver, itemVi);

    private static Index766SubIndicator Shown(string code, string nameVi, CountedOver countedOver, string itemVi) =>
        new(code, nameVi, 0m, 1m, ZeroDenominatorRule.EarnsNothing, IsScored: false, IsRateOnly: false, countedOver, itemVi);
}
