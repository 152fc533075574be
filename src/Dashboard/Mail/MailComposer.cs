using Microsoft.Extensions.Options;
using TargetsDashboard.Reporting;

namespace TargetsDashboard.Dashboard.Mail;

/// <summary>The kinds of alert; each goes out at most once per unit and month.</summary>
public enum AlertKind
{
    /// <summary>An indicator met last month is not met this month.</summary>
    NotMet = 1,

    /// <summary>The unit fell <see cref="MailOptions.AlertRankFall"/> places or more in its group.</summary>
    RankFall = 2,

    /// <summary>Nothing sent by the deadline (<see cref="LateUnitsSource"/>).</summary>
    Late = 3,
}

/// <summary>An alert about one unit and month, with the lines that say why.</summary>
public sealed record UnitAlert(AlertKind Kind, UnitInfo Unit, YearMonth Month, IReadOnlyList<string> Lines);

/// <summary>
/// The words of every message, in Vietnamese, with every figure written by <see cref="VietnameseFormat"/> (through the
/// report models' texts) and every link built by <see cref="Links"/> on <see cref="MailOptions.PublicBaseUrl"/>, so a
/// link opens the same view the message describes.
/// </summary>
public sealed class MailComposer(IOptionsMonitor<MailOptions> options)
{
    public const string SettingsPath = "/tai-khoan/thu-dien-tu";

    /// <summary>An absolute link on the dashboard's public address.</summary>
    public string Absolute(string relative) => (options.CurrentValue.PublicBaseUrl ?? string.Empty).TrimEnd('/') + relative;

    public static string SubscriptionKey(long subscriptionId, YearMonth month) => $"sub:{subscriptionId}:{month.ToIsoString()}";

    public static string AlertKey(AlertKind kind, string unitCode, YearMonth month) => $"alert:{kind}:{unitCode}:{month.ToIsoString()}";

    /// <summary>Leadership's monthly summary: the province figures in the body, the summary's PDF attached.</summary>
    public OutboxDraft ProvinceSummary(long subscriptionId, string to, ProvinceSummaryModel model, string unsubscribeUrl)
    {
        ArgumentNullException.ThrowIfNull(model);
        var month = VietnameseFormat.Month(model.Month);
        var subject = $"Báo cáo tổng hợp tháng {month}: kết quả thực hiện chỉ tiêu";
        var body = new MailBody(subject)
            .Paragraph(model.CompletenessText + ".")
            .Heading("Kết quả toàn tỉnh")
            .Table(
                ["Chỉ tiêu", "Kết quả", "Chỉ tiêu giao", "Đánh giá", "Đơn vị đạt"],
                model.Totals.Select(t => (IReadOnlyList<string>)[t.Indicator.Name, t.RatioText, t.TargetText, t.StatusText, t.MeetingText]));
        foreach (var group in model.Groups.Where(g => g.BelowTarget.Count > 0))
        {
            body.Paragraph($"{VietnameseFormat.Number(group.BelowTarget.Count)} đơn vị {group.Name} chưa đạt từ {VietnameseFormat.Number(RankingHighlights.BelowTargetThreshold)} chỉ tiêu trở lên.");
        }

        body.Paragraph("Báo cáo tổng hợp đầy đủ (PDF) được gửi kèm thư này.")
            .Link("Xem tóm tắt trên hệ thống", Absolute(Links.LeadersSummary(model.Month.ToIsoString())))
            .Footer("Bạn nhận thư này vì đã đăng ký nhận báo cáo tổng hợp hằng tháng.", unsubscribeUrl, Absolute(SettingsPath));
        return new OutboxDraft(SubscriptionKey(subscriptionId, model.Month), MailTopic.ProvinceSummary.ToString(), [to], [], subject, body.Html, body.Text,
            $"summary:{model.Month.ToIsoString()}", unsubscribeUrl);
    }

    /// <summary>A unit's own monthly report: its indicators in the body, its PDF attached.</summary>
    public OutboxDraft UnitReport(long subscriptionId, string to, UnitReportModel model, string unsubscribeUrl)
    {
        ArgumentNullException.ThrowIfNull(model);
        var month = VietnameseFormat.Month(model.Month);
        var subject = $"Báo cáo tháng {month} của {model.Unit.Name}";
        var rank = model.Rank.Rank is { } r
            ? $"Xếp hạng {VietnameseFormat.OutOf(r, model.Rank.PeerCount)} trong khối {model.Rank.GroupName}" + (VietnameseFormat.RankChangeText(model.Rank.Change) is { } change ? $" ({change})." : ".")
            : "Chưa được xếp hạng trong tháng.";
        var body = new MailBody(subject)
            .Paragraph(rank)
            .Table(
                ["Chỉ tiêu", "Kết quả", "Chỉ tiêu giao", "Đánh giá", "Cần làm thêm"],
                model.Indicators.Select(i => (IReadOnlyList<string>)[i.Name, i.RatioText, i.TargetText, i.StatusText, i.GapText ?? "—"]))
            .Paragraph("Báo cáo đầy đủ của đơn vị (PDF) được gửi kèm thư này.")
            .Link("Xem trang của đơn vị", Absolute(Links.Unit(model.Unit.Code, model.Month.ToIsoString())))
            .Footer("Bạn nhận thư này vì đã đăng ký nhận báo cáo hằng tháng của đơn vị mình.", unsubscribeUrl, Absolute(SettingsPath));
        return new OutboxDraft(SubscriptionKey(subscriptionId, model.Month), MailTopic.UnitReport.ToString(), [to], [], subject, body.Html, body.Text,
            $"unit:{model.Unit.Code}:{model.Month.ToIsoString()}", unsubscribeUrl);
    }

    /// <summary>Office staff: the units late with their figures, and the units below target on several indicators.</summary>
    public OutboxDraft LateUnits(long subscriptionId, string to, YearMonth month, IReadOnlyList<UnitInfo> late, ProvinceSummaryModel model, string unsubscribeUrl)
    {
        ArgumentNullException.ThrowIfNull(late);
        ArgumentNullException.ThrowIfNull(model);
        var subject = $"Đơn vị chậm gửi số liệu hoặc chưa đạt nhiều chỉ tiêu tháng {VietnameseFormat.Month(month)}";
        var body = new MailBody(subject).Heading($"Chưa gửi số liệu đúng hạn ({VietnameseFormat.Number(late.Count)} đơn vị)");
        body = late.Count == 0 ? body.Paragraph("Tất cả đơn vị đã gửi số liệu.") : body.Bullets(late.Select(u => u.Name));
        var below = model.Groups.SelectMany(g => g.BelowTarget).ToList();
        body.Heading($"Chưa đạt từ {VietnameseFormat.Number(RankingHighlights.BelowTargetThreshold)} chỉ tiêu trở lên ({VietnameseFormat.Number(below.Count)} đơn vị)");
        body = below.Count == 0
            ? body.Paragraph("Không có đơn vị nào.")
            : body.Bullets(below.Select(r => $"{r.Unit.Name}: chưa đạt {VietnameseFormat.Number(r.NotMetCount)} chỉ tiêu"));
        body.Link("Xem tổng quan trên hệ thống", Absolute(Links.Overview(month.ToIsoString(), null)))
            .Footer("Bạn nhận thư này vì đã đăng ký nhận danh sách đơn vị chậm hoặc chưa đạt chỉ tiêu.", unsubscribeUrl, Absolute(SettingsPath));
        return new OutboxDraft(SubscriptionKey(subscriptionId, month), MailTopic.LateUnits.ToString(), [to], [], subject, body.Html, body.Text, null, unsubscribeUrl);
    }

    /// <summary>An alert to the unit's own people, copied to the office.</summary>
    public OutboxDraft Alert(UnitAlert alert, IReadOnlyList<string> to, IReadOnlyList<string> cc)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var month = VietnameseFormat.Month(alert.Month);
        var subject = alert.Kind switch
        {
            AlertKind.NotMet => $"Cảnh báo: {alert.Unit.Name} không còn đạt chỉ tiêu tháng {month}",
            AlertKind.RankFall => $"Cảnh báo: {alert.Unit.Name} tụt hạng tháng {month}",
            _ => $"Cảnh báo: {alert.Unit.Name} chưa gửi số liệu tháng {month}",
        };
        var body = new MailBody(subject).Bullets(alert.Lines)
            .Link("Xem trang của đơn vị", Absolute(Links.Unit(alert.Unit.Code, alert.Month.ToIsoString())))
            .Footer("Thư cảnh báo gửi người dùng của đơn vị, đồng gửi Văn phòng UBND tỉnh; mỗi loại cảnh báo gửi tối đa một lần mỗi tháng.", null, Absolute(SettingsPath));
        return new OutboxDraft(AlertKey(alert.Kind, alert.Unit.Code, alert.Month), "Alert." + alert.Kind, to, cc, subject, body.Html, body.Text, null, null);
    }
}
