using System.Net;
using System.Text;

namespace TargetsDashboard.Reporting.Pdf;

/// <summary>
/// A very small HTML writer for the printed reports: every piece of text goes through
/// <see cref="WebUtility.HtmlEncode(string)"/>; markup comes only from this code, never from data.
/// </summary>
internal sealed class HtmlWriter
{
    private readonly StringBuilder _html = new(32 * 1024);

    public HtmlWriter Raw(string markup)
    {
        _html.Append(markup);
        return this;
    }

    public HtmlWriter Text(string? text)
    {
        _html.Append(WebUtility.HtmlEncode(text ?? string.Empty));
        return this;
    }

    /// <summary>Opens a tag with an optional class (the class is code, not data).</summary>
    public HtmlWriter Open(string tag, string? cssClass = null, string? attributes = null)
    {
        _html.Append('<').Append(tag);
        if (cssClass is not null)
        {
            _html.Append(" class=\"").Append(cssClass).Append('"');
        }

        if (attributes is not null)
        {
            _html.Append(' ').Append(attributes);
        }

        _html.Append('>');
        return this;
    }

    public HtmlWriter Close(string tag)
    {
        _html.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>An element with encoded text content.</summary>
    public HtmlWriter Element(string tag, string? cssClass, string? text, string? attributes = null) =>
        Open(tag, cssClass, attributes).Text(text).Close(tag);

    public HtmlWriter Line() => Raw("\n");

    public override string ToString() => _html.ToString();
}
