using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace TargetsDashboard.Dashboard.Mail;

/// <summary>Hands messages to the SMTP server; one connection per batch.</summary>
public interface IMailTransport
{
    Task SendAsync(IReadOnlyList<MimeMessage> messages, Func<int, Exception?, Task> outcome, CancellationToken cancellationToken);
}

/// <summary>MailKit's SMTP client with the "Mail:Smtp" settings.</summary>
public sealed class SmtpMailTransport(IOptionsMonitor<MailOptions> options) : IMailTransport
{
    /// <summary>Sends each message in turn over one connection; <paramref name="outcome"/> learns message i's outcome before the next is sent.</summary>
    public async Task SendAsync(IReadOnlyList<MimeMessage> messages, Func<int, Exception?, Task> outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(outcome);
        var smtp = options.CurrentValue.Smtp;
        using var client = new SmtpClient { Timeout = 60_000 };
        var security = smtp.Security switch
        {
            SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            SmtpSecurity.None => SecureSocketOptions.None,
            _ => SecureSocketOptions.StartTls,
        };
        await client.ConnectAsync(smtp.Host ?? string.Empty, smtp.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? string.Empty, cancellationToken);
        }

        for (var i = 0; i < messages.Count; i++)
        {
            Exception? failure = null;
            try
            {
                await client.SendAsync(messages[i], cancellationToken);
            }
            catch (Exception exception) when (exception is SmtpCommandException or SmtpProtocolException or IOException)
            {
                failure = exception;
            }

            await outcome(i, failure);
            if (failure is not null && !client.IsConnected)
            {
                // The connection is gone: the rest of the batch fails the same way and is retried later.
                for (var rest = i + 1; rest < messages.Count; rest++)
                {
                    await outcome(rest, failure);
                }

                return;
            }
        }

        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
