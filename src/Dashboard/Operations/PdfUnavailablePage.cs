using System.Net;
using TargetsDashboard.Reporting.Pdf;

namespace TargetsDashboard.Dashboard.Operations;

/// <summary>
/// A PDF download when no browser can print: 503 with a Vietnamese page that offers the same report as a workbook,
/// never a stack trace. An endpoint filter on the report downloads.
/// </summary>
public static class PdfUnavailablePage
{
    public static async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next(context);
        }
        catch (PdfPrinterUnavailableException e)
        {
            var http = context.HttpContext;
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PdfUnavailablePage))
                .LogWarning("Request {RequestId}: a PDF was asked for but cannot be printed. {Reason}", http.TraceIdentifier, e.Message);
            return Results.Content(Render(http.Request.Path.Value ?? string.Empty), "text/html; charset=utf-8", System.Text.Encoding.UTF8, StatusCodes.Status503ServiceUnavailable);
        }
    }

    /// <summary>The page; the workbook link is the same address ending in .xlsx (unit and summary reports).</summary>
    public static string Render(string pdfPath)
    {
        var workbook = pdfPath.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? pdfPath[..^4] + ".xlsx" : null;
        var link = workbook is null ? string.Empty : $"""<p><a href="{WebUtility.HtmlEncode(workbook)}">Tải báo cáo Excel</a></p>""";
        return $$"""
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="utf-8"><title>Chưa tạo được tệp PDF</title>
            <style>body{font-family:Arial,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5}</style></head>
            <body>
            <h1>Chưa tạo được tệp PDF</h1>
            <p>Máy chủ hiện chưa in được báo cáo PDF (chưa có trình duyệt để in). Báo cáo Excel vẫn tải được bình thường.</p>
            {{link}}
            <p>Vui lòng báo quản trị viên hệ thống để cài đặt trình duyệt in PDF.</p>
            </body></html>
            """;
    }
}
