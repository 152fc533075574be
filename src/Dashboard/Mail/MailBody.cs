using System.Text;
using System.Text.Encodings.Web;

namespace TargetsDashboard.Dashboard.Mail;

/// <summary>
/// Writes a message's HTML and plain-text bodies side by side, so that both always say the same thing. Every text is
/// HTML-encoded here; callers pass plain text (already formatted by VietnameseFormat).
/// </summary>
public sealed class MailBody
{
    private readonly StringBuilder _html = new();
    private readonly StringBuilder _text = new();

    public MailBody(string title)
    {
        _html.Append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>").Append(Encode(title)).Append("</title></head>")
            .Append("<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1a1a1a\">")
            .Append("<h1 style=\"font-size:18px\">").Append(Encode(title)).Append("</h1>");
        _text.AppendLine(title).AppendLine(new string('=', Math.Min(title.Length, 60))).AppendLine();
    }

    public MailBody Paragraph(string text)
    {
        _html.Append("<p>").Append(Encode(text)).Append("</p>");
        _text.AppendLine(text).AppendLine();
        return this;
    }

    public MailBody Heading(string text)
    {
        _html.Append("<h2 style=\"font-size:15px\">").Append(Encode(text)).Append("</h2>");
        _text.AppendLine(TargetsDashboard.Formatting.VietnameseFormat.Upper(text)).AppendLine();
        return this;
    }

    public MailBody Bullets(IEnumerable<string> items)
    {
        _html.Append("<ul>");
        foreach (var item in items)
        {
            _html.Append("<li>").Append(Encode(item)).Append("</li>");
            _text.Append("- ").AppendLine(item);
        }

        _html.Append("</ul>");
        _text.AppendLine();
        return this;
    }

    /// <summary>A table in HTML; in the text body, one line per row with the cells joined by " | ".</summary>
    public MailBody Table(IReadOnlyList<string> headings, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(headings);
        _html.Append("<table style=\"border-collapse:collapse\" cellpadding=\"4\" border=\"1\"><thead><tr>");
        foreach (var heading in headings)
        {
            _html.Append("<th style=\"text-align:left\">").Append(Encode(heading)).Append("</th>");
        }

        _html.Append("</tr></thead><tbody>");
        _text.AppendLine(string.Join(" | ", headings));
        foreach (var row in rows)
        {
            _html.Append("<tr>");
            foreach (var cell in row)
            {
                _html.Append("<td>").Append(Encode(cell)).Append("</td>");
            }

            _html.Append("</tr>");
            _text.AppendLine(string.Join(" | ", row));
        }

        _html.Append("</tbody></table>");
        _text.AppendLine();
        return this;
    }

    public MailBody Link(string text, string url)
    {
        _html.Append("<p><a href=\"").Append(Encode(url)).Append("\">").Append(Encode(text)).Append("</a></p>");
        _text.Append(text).Append(": ").AppendLine(url).AppendLine();
        return this;
    }

    /// <summary>The small print at the end: why this message came, and how to stop it.</summary>
    public MailBody Footer(string reason, string? unsubscribeUrl, string settingsUrl)
    {
        _html.Append("<hr><p style=\"font-size:12px;color:#555\">").Append(Encode(reason)).Append(' ')
            .Append("<a href=\"").Append(Encode(settingsUrl)).Append("\">Chọn thư nhận</a>");
        _text.AppendLine("--").AppendLine(reason).Append("Chọn thư nhận: ").AppendLine(settingsUrl);
        if (unsubscribeUrl is not null)
        {
            _html.Append(" · <a href=\"").Append(Encode(unsubscribeUrl)).Append("\">Hủy nhận thư này</a>");
            _text.Append("Hủy nhận thư này: ").AppendLine(unsubscribeUrl);
        }

        _html.Append("</p>");
        return this;
    }

    public string Html => _html.ToString() + "</body></html>";

    public string Text => _text.ToString();

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    private static string Encode(string text) => Encoder.Encode(text);
}
