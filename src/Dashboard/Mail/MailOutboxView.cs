namespace TargetsDashboard.Dashboard.Mail;

/// <summary>The outbox's words for the administration pages, and the status token of their URLs.</summary>
public static class MailOutboxView
{
    public static IReadOnlyList<(OutboxStatus Status, string Token)> StatusTokens { get; } =
    [
        (OutboxStatus.Pending, "cho-gui"),
        (OutboxStatus.Sending, "dang-gui"),
        (OutboxStatus.Sent, "da-gui"),
        (OutboxStatus.Failed, "loi"),
    ];

    /// <summary>The status named by <c>?trang-thai=</c>; anything else means every status.</summary>
    public static OutboxStatus? ParseStatus(string? token) =>
        StatusTokens.Where(t => string.Equals(t.Token, token, StringComparison.Ordinal)).Select(t => (OutboxStatus?)t.Status).FirstOrDefault();

    public static string StatusText(OutboxStatus status) => status switch
    {
        OutboxStatus.Pending => "Chờ gửi",
        OutboxStatus.Sending => "Đang gửi",
        OutboxStatus.Sent => "Đã gửi",
        _ => "Lỗi",
    };

    public static string KindText(string kind) => kind switch
    {
        nameof(MailTopic.ProvinceSummary) => "Báo cáo tổng hợp",
        nameof(MailTopic.UnitReport) => "Báo cáo đơn vị",
        nameof(MailTopic.LateUnits) => "Đơn vị chậm, chưa đạt",
        "Alert.NotMet" => "Cảnh báo: không còn đạt",
        "Alert.RankFall" => "Cảnh báo: tụt hạng",
        "Alert.Late" => "Cảnh báo: chậm gửi",
        _ => kind,
    };
}
