using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using TargetsDashboard.Dashboard.Mail;
using TargetsDashboard.Dashboard.Reports;
using TargetsDashboard.Data.Entities;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Dashboard.Tests;

/// <summary>Scheduled reports end to end: subscriptions planned, printed, sent over SMTP to a real server, read back as a mail client would.</summary>
public sealed partial class MailDeliveryTests(MailFixture mail) : IClassFixture<MailFixture>
{
    private static readonly YearMonth October = new(2025, 10);

    [Fact]
    public async Task ProvinceSummary_Leadership_ReceivesTheFiguresAndThePdf()
    {
        var model = await mail.Get<ReportSource>().ProvinceSummaryAsync(October, CancellationToken.None);

        await mail.Get<MailPlanner>().PlanTopicAsync(MailTopic.ProvinceSummary, October, CancellationToken.None);
        await SendAllAsync();

        var message = Assert.Single(mail.Sink.To("lanhdao@example.org"), m => (m.Subject ?? string.Empty).Contains("tổng hợp", StringComparison.Ordinal));
        Assert.Equal("baocao@example.org", message.From.Mailboxes.Single().Address);
        Assert.Equal("Báo cáo tổng hợp tháng 10/2025: kết quả thực hiện chỉ tiêu", message.Subject);
        foreach (var total in model.Totals)
        {
            Assert.Contains($"{total.Indicator.Name} | {total.RatioText} | {total.TargetText} | {total.StatusText} | {total.MeetingText}", message.TextBody, StringComparison.Ordinal);
            Assert.Contains(total.RatioText, message.HtmlBody, StringComparison.Ordinal);
        }

        Assert.Contains(model.CompletenessText, message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"{MailFixture.BaseUrl}/xep-hang/tom-tat?ky=2025-10", message.TextBody, StringComparison.Ordinal);
        var pdf = Assert.Single(message.Attachments.OfType<MimePart>());
        Assert.Equal("bao-cao-tong-hop-thang-10-2025.pdf", pdf.FileName);
        var bytes = Bytes(pdf);
        Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);
        Assert.Contains(Words(model.Title), Words(PdfText(bytes)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnitReport_UnitHead_HoldsOnlyTheirUnitAndItsLinkUnsubscribes()
    {
        var user = await UserAsync("so-tu-phap");
        var subscriptions = mail.Get<MailSubscriptions>();
        await subscriptions.SubscribeAsync(user.Id, MailTopic.UnitReport, CancellationToken.None);
        var (_, model) = await mail.Get<ReportSource>().UnitReportAsync("so-tu-phap", October, CancellationToken.None);
        var others = (await mail.Get<ReportSource>().UnitReportsAsync(October, null, CancellationToken.None))
            .Where(m => m.Unit.Code != "so-tu-phap").Select(m => m.Unit.Name).ToList();

        await mail.Get<MailPlanner>().PlanTopicAsync(MailTopic.UnitReport, October, CancellationToken.None);
        await SendAllAsync();

        var message = Assert.Single(mail.Sink.To("so-tu-phap@example.org"), m => (m.Subject ?? string.Empty).StartsWith("Báo cáo tháng", StringComparison.Ordinal));
        Assert.Equal($"Báo cáo tháng 10/2025 của {model!.Unit.Name}", message.Subject);
        Assert.Equal(["so-tu-phap@example.org"], message.To.Mailboxes.Select(b => b.Address));
        foreach (var indicator in model.Indicators)
        {
            Assert.Contains($"{indicator.Name} | {indicator.RatioText} | {indicator.TargetText} | {indicator.StatusText}", message.TextBody, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(others, name => (message.TextBody ?? string.Empty).Contains(name, StringComparison.Ordinal));
        var pdf = Assert.Single(message.Attachments.OfType<MimePart>());
        Assert.Equal("bao-cao-thang-10-2025-so-tu-phap.pdf", pdf.FileName);
        var pdfText = Words(PdfText(Bytes(pdf)));
        Assert.Contains(Words(model.Title), pdfText, StringComparison.Ordinal);

        // The report's own "Nơi nhận" block names the bodies it goes to (the province's office); no other unit's figures.
        Assert.DoesNotContain(others.Where(name => !model.Recipients.Any(r => r.Contains(name, StringComparison.Ordinal))), name => pdfText.Contains(Words(name), StringComparison.Ordinal));

        // The link in the message works without signing in: the page asks, the button unsubscribes.
        var link = UnsubscribeLink().Match(message.TextBody ?? string.Empty).Groups[1].Value;
        Assert.StartsWith($"{MailFixture.BaseUrl}/thu-dien-tu/huy?t=", link, StringComparison.Ordinal);
        Assert.Equal($"<{link}>", message.Headers["List-Unsubscribe"]);
        using var anonymous = mail.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var relative = new Uri(link[MailFixture.BaseUrl.Length..], UriKind.Relative);
        using var page = await anonymous.GetAsync(relative);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(MailSubscriptions.Describe(MailTopic.UnitReport), await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(MailTopic.UnitReport, await subscriptions.ChosenAsync(user.Id, CancellationToken.None));

        var token = WebUtility.UrlDecode(link[(link.IndexOf("t=", StringComparison.Ordinal) + 2)..]);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["t"] = token });
        using var done = await anonymous.PostAsync(new Uri("/thu-dien-tu/huy", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Contains("Bạn đã hủy nhận", await done.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(MailTopic.UnitReport, await subscriptions.ChosenAsync(user.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Unsubscribe_AlteredToken_IsRefusedInVietnamese()
    {
        var user = await UserAsync("lanhdao");
        var token = mail.Get<MailSubscriptions>().UnsubscribeToken(user.Id, MailTopic.ProvinceSummary);
        using var anonymous = mail.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var altered = token[..^3] + (token[^3] == 'A' ? "B" : "A") + token[^2..];

        using var response = await anonymous.GetAsync(new Uri("/thu-dien-tu/huy?t=" + Uri.EscapeDataString(altered), UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Liên kết hủy nhận thư không hợp lệ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(MailTopic.ProvinceSummary, await mail.Get<MailSubscriptions>().ChosenAsync(user.Id, CancellationToken.None));
    }

    [Fact]
    public async Task ProvinceSummary_UnitHeadSubscribedByHand_ReceivesNothing()
    {
        // A subscription the role may not have (written straight into the table): the access policy stops it at planning.
        var user = await UserAsync("phuong-bien-hoa");
        await mail.Get<MailSubscriptions>().SubscribeAsync(user.Id, MailTopic.ProvinceSummary, CancellationToken.None);

        await mail.Get<MailPlanner>().PlanTopicAsync(MailTopic.ProvinceSummary, October, CancellationToken.None);
        await SendAllAsync();

        Assert.DoesNotContain(mail.Sink.To("phuong-bien-hoa@example.org"), m => (m.Subject ?? string.Empty).Contains("tổng hợp", StringComparison.Ordinal));
    }

    private async Task SendAllAsync()
    {
        var dispatcher = mail.Get<MailDispatcher>();
        while (await dispatcher.SendDueAsync(CancellationToken.None) > 0)
        {
        }
    }

    private async Task<AppUser> UserAsync(string userName)
    {
        await using var scope = mail.Factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(userName))!;
    }

    internal static byte[] Bytes(MimePart part)
    {
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return stream.ToArray();
    }

    /// <summary>Text in reading order with runs of white space made one space (a PDF breaks lines where it likes).</summary>
    internal static string Words(string text) => WhiteSpace().Replace(text, " ").Trim();

    internal static string PdfText(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"mail-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var start = new System.Diagnostics.ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var arg in new[] { "-enc", "UTF-8", file, "-" })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = System.Diagnostics.Process.Start(start)!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }

    [GeneratedRegex(@"Hủy nhận thư này: (\S+)")]
    private static partial Regex UnsubscribeLink();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
