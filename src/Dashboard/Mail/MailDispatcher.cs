using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using MimeKit;
using TargetsDashboard.Dashboard.Reports;
using TargetsDashboard.Reporting;
using TargetsDashboard.Reporting.Pdf;

namespace TargetsDashboard.Dashboard.Mail;

/// <summary>
/// Sends what is due in the outbox: claims a batch (with a lease), prints each attachment with the report documents the
/// downloads use, sends over one SMTP connection, and records each outcome as soon as the server answers, so that a
/// restart loses at most the message in flight (decision 0012).
/// </summary>
public sealed class MailDispatcher(
    MailOutbox outbox,
    IMailTransport transport,
    ReportSource reports,
    PdfPrinter printer,
    IOptionsMonitor<MailOptions> options,
    ILogger<MailDispatcher> logger)
{
    public const int BatchSize = 20;

    /// <summary>This process's name in the lease column: two instances never share it.</summary>
    public string InstanceId { get; init; } = NewInstanceId();

    /// <summary>Sends one batch of due messages; returns how many were delivered.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var claimed = await outbox.ClaimAsync(InstanceId, BatchSize, cancellationToken);
        if (claimed.Count == 0)
        {
            return 0;
        }

        var ready = new List<(OutboxMessage Row, MimeMessage Mime)>(claimed.Count);
        foreach (var row in claimed)
        {
            try
            {
                ready.Add((row, await ToMimeAsync(row, cancellationToken)));
            }
            catch (Exception exception) when (exception is PdfPrinterUnavailableException or InvalidOperationException or FormatException or ParseException)
            {
                logger.LogWarning(exception, "Mail {Id} could not be prepared.", row.Id);
                await outbox.MarkAttemptFailedAsync(row, InstanceId, "Không chuẩn bị được thư: " + exception.Message, cancellationToken);
            }
        }

        var delivered = 0;
        try
        {
            await transport.SendAsync([.. ready.Select(r => r.Mime)], async (i, failure) =>
            {
                var row = ready[i].Row;
                if (failure is null)
                {
                    delivered += await outbox.MarkSentAsync(row.Id, InstanceId, CancellationToken.None) ? 1 : 0;
                }
                else
                {
                    logger.LogWarning(failure, "Mail {Id} was refused.", row.Id);
                    await outbox.MarkAttemptFailedAsync(row, InstanceId, failure.Message, CancellationToken.None);
                }
            }, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or System.Net.Sockets.SocketException or MailKit.ServiceNotConnectedException
            or MailKit.Security.AuthenticationException or MailKit.ProtocolException or MailKit.Net.Smtp.SmtpCommandException or TimeoutException)
        {
            logger.LogWarning(exception, "The SMTP server {Host}:{Port} could not be used.", options.CurrentValue.Smtp.Host, options.CurrentValue.Smtp.Port);
            foreach (var (row, _) in ready)
            {
                await outbox.MarkAttemptFailedAsync(row, InstanceId, "Không gửi được tới máy chủ thư: " + exception.Message, CancellationToken.None);
            }
        }

        return delivered;
    }

    /// <summary>The message as it goes out: sender, recipients, both bodies, the attachment printed now, and a stable Message-Id.</summary>
    public async Task<MimeMessage> ToMimeAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(options.CurrentValue.From ?? string.Empty));
        message.To.AddRange(InternetAddressList.Parse(row.ToAddresses));
        if (!string.IsNullOrEmpty(row.CcAddresses))
        {
            message.Cc.AddRange(InternetAddressList.Parse(row.CcAddresses));
        }

        message.Subject = row.Subject;

        // The same key gives the same id: should a message ever go out twice (the server accepted it, then this
        // instance died before recording it), mail clients recognise the copy.
        message.MessageId = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(row.DedupKey)))[..32] + "@targets-dashboard";
        if (row.UnsubscribeUrl is { } unsubscribe)
        {
            message.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        var body = new BodyBuilder { HtmlBody = row.HtmlBody, TextBody = row.TextBody };
        if (row.Attachment is { } attachment)
        {
            var (name, pdf) = await PrintAsync(attachment, cancellationToken);
            body.Attachments.Add(name, pdf, new ContentType("application", "pdf"));
        }

        message.Body = body.ToMessageBody();
        return message;
    }

    private static string NewInstanceId()
    {
        var id = $"{Guid.NewGuid():N}@{Environment.MachineName}:{Environment.ProcessId}";
        return id.Length <= 100 ? id : id[..100];
    }

    /// <summary>"summary:2025-10" or "unit:so-tu-phap:2025-10", printed with the documents the downloads use.</summary>
    private async Task<(string Name, byte[] Pdf)> PrintAsync(string attachment, CancellationToken cancellationToken)
    {
        var parts = attachment.Split(':');
        if (parts is ["summary", var monthText] && YearMonth.TryParseIso(monthText, out var month))
        {
            var model = await reports.ProvinceSummaryAsync(month, cancellationToken);
            var pdf = await printer.PrintAsync(ProvinceSummaryDocument.Render(model), ProvinceSummaryDocument.Orientation, cancellationToken);
            return (ReportFileNames.Summary(month, "pdf"), pdf);
        }

        if (parts is ["unit", var code, var unitMonthText] && YearMonth.TryParseIso(unitMonthText, out var unitMonth)
            && (await reports.UnitReportAsync(code, unitMonth, cancellationToken)).Model is { } unitModel)
        {
            var pdf = await printer.PrintAsync(UnitReportDocument.Render(unitModel), PageOrientation.Portrait, cancellationToken);
            return (ReportEndpoints.UnitFileName(unitModel, "pdf"), pdf);
        }

        throw new InvalidOperationException($"Unknown attachment \"{attachment}\".");
    }
}
