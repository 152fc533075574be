using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TargetsDashboard.Reporting;
using TargetsDashboard.Reporting.Excel;
using TargetsDashboard.Reporting.Pdf;

namespace TargetsDashboard.Dashboard.Reports;

/// <summary>
/// The report downloads: ordinary GET endpoints with meaningful file names, every one behind
/// <see cref="IReportAccessPolicy"/>, the models from <see cref="ReportSource"/>. Each answers a file or a refusal
/// (403, 400, 404) as Vietnamese text the user reads in the browser tab.
/// </summary>
public static class ReportEndpoints
{
    public const string PdfContentType = "application/pdf";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var reports = endpoints.MapGroup("/bao-cao").WithTags("Báo cáo").RequireAuthorization(Policies.ViewProvince)
            .AddEndpointFilter(Operations.PdfUnavailablePage.FilterAsync);

        reports.MapGet("/don-vi/{unitCode}/{month}.pdf", UnitPdfAsync);
        reports.MapGet("/don-vi/{unitCode}/{month}.xlsx", UnitWorkbookAsync);
        reports.MapGet("/tong-hop/{month}.pdf", SummaryPdfAsync);
        reports.MapGet("/tong-hop/{month}.xlsx", SummaryWorkbookAsync);
        reports.MapGet("/du-lieu.xlsx", DataExportAsync);

        reports.MapArchiveEndpoints();
        return endpoints;
    }

    /// <summary>"bao-cao-thang-10-2025-so-tu-phap.pdf".</summary>
    public static string UnitFileName(UnitReportModel model, string extension)
    {
        ArgumentNullException.ThrowIfNull(model);
        return ReportFileNames.Unit(model.Unit.Code, model.Month, extension);
    }

    internal static ContentHttpResult Forbidden(string what) => Message(StatusCodes.Status403Forbidden, $"Bạn không có quyền tải {what}.");

    internal static ContentHttpResult InvalidMonth(string monthText) =>
        Message(StatusCodes.Status404NotFound, $"Không tìm thấy báo cáo: tháng “{monthText}” không hợp lệ (dạng yyyy-MM, ví dụ 2025-10).");

    internal static ContentHttpResult Message(int statusCode, string message) =>
        TypedResults.Text(message, "text/plain; charset=utf-8", System.Text.Encoding.UTF8, statusCode);

    private static async Task<Results<FileContentHttpResult, ContentHttpResult>> UnitPdfAsync(
        string unitCode, string month, ClaimsPrincipal user, IReportAccessPolicy policy, ReportSource source, PdfPrinter printer, CancellationToken cancellationToken)
    {
        var found = await UnitReportAsync(unitCode, month, user, policy, source, cancellationToken);
        if (found.Model is not { } model)
        {
            return found.Refusal!;
        }

        var pdf = await printer.PrintAsync(UnitReportDocument.Render(model), PageOrientation.Portrait, cancellationToken);
        return TypedResults.File(pdf, PdfContentType, UnitFileName(model, "pdf"));
    }

    private static async Task<Results<FileContentHttpResult, ContentHttpResult>> UnitWorkbookAsync(
        string unitCode, string month, ClaimsPrincipal user, IReportAccessPolicy policy, ReportSource source, CancellationToken cancellationToken)
    {
        var found = await UnitReportAsync(unitCode, month, user, policy, source, cancellationToken);
        return found.Model is { } model
            ? TypedResults.File(source.UnitWorkbook(model), XlsxContentType, UnitFileName(model, "xlsx"))
            : found.Refusal!;
    }

    private static async Task<Results<FileContentHttpResult, ContentHttpResult>> SummaryPdfAsync(
        string month, ClaimsPrincipal user, IReportAccessPolicy policy, ReportSource source, PdfPrinter printer, CancellationToken cancellationToken)
    {
        var found = await SummaryAsync(month, user, policy, source, cancellationToken);
        if (found.Model is not { } model)
        {
            return found.Refusal!;
        }

        var pdf = await printer.PrintAsync(ProvinceSummaryDocument.Render(model), ProvinceSummaryDocument.Orientation, cancellationToken);
        return TypedResults.File(pdf, PdfContentType, ReportFileNames.Summary(model.Month, "pdf"));
    }

    private static async Task<Results<FileContentHttpResult, ContentHttpResult>> SummaryWorkbookAsync(
        string month, ClaimsPrincipal user, IReportAccessPolicy policy, ReportSource source, CancellationToken cancellationToken)
    {
        var found = await SummaryAsync(month, user, policy, source, cancellationToken);
        return found.Model is { } model
            ? TypedResults.File(ProvinceSummaryWorkbook.Create(model), XlsxContentType, ReportFileNames.Summary(model.Month, "xlsx"))
            : found.Refusal!;
    }

    /// <summary>/bao-cao/du-lieu.xlsx?tu=2025-01&amp;den=2025-10; without them, the year to date of the latest month with figures.</summary>
    private static async Task<Results<FileContentHttpResult, ContentHttpResult>> DataExportAsync(
        ClaimsPrincipal user, IReportAccessPolicy policy, ReportSource source, CancellationToken cancellationToken, string? tu = null, string? den = null)
    {
        if (!policy.CanReadProvince(user))
        {
            return Forbidden("toàn bộ số liệu");
        }

        YearMonth to;
        if (string.IsNullOrEmpty(den))
        {
            if (await source.LastMonthAsync(cancellationToken) is not { } last)
            {
                return Message(StatusCodes.Status404NotFound, "Chưa có số liệu nào để xuất.");
            }

            to = last;
        }
        else if (!YearMonth.TryParseIso(den, out to))
        {
            return Message(StatusCodes.Status400BadRequest, $"Tháng kết thúc “{den}” không hợp lệ (dạng yyyy-MM, ví dụ 2025-10).");
        }

        YearMonth from;
        if (string.IsNullOrEmpty(tu))
        {
            from = new YearMonth(to.Year, 1);
        }
        else if (!YearMonth.TryParseIso(tu, out from))
        {
            return Message(StatusCodes.Status400BadRequest, $"Tháng bắt đầu “{tu}” không hợp lệ (dạng yyyy-MM, ví dụ 2025-01).");
        }

        if (to < from)
        {
            return Message(StatusCodes.Status400BadRequest, $"Tháng bắt đầu ({from}) sau tháng kết thúc ({to}).");
        }

        if (to.Index - from.Index + 1 > DataExportModel.MaxMonths)
        {
            return Message(StatusCodes.Status400BadRequest, $"Khoảng thời gian quá dài: mỗi lần xuất tối đa {DataExportModel.MaxMonths} tháng ({from} – {to} là {to.Index - from.Index + 1} tháng).");
        }

        var model = await source.DataExportAsync(from, to, cancellationToken);
        return TypedResults.File(DataExportWorkbook.Create(model), XlsxContentType, ReportFileNames.DataExport(from, to));
    }

    /// <summary>Checks access and the month, then builds the summary model once; a refusal in Vietnamese otherwise.</summary>
    private static async Task<Found<ProvinceSummaryModel>> SummaryAsync(
        string monthText, ClaimsPrincipal user, IReportAccessPolicy policy, ReportSource source, CancellationToken cancellationToken)
    {
        if (!policy.CanReadProvince(user))
        {
            return new(null, Forbidden("báo cáo tổng hợp toàn tỉnh"));
        }

        if (!YearMonth.TryParseIso(monthText, out var month))
        {
            return new(null, InvalidMonth(monthText));
        }

        var model = await source.ProvinceSummaryAsync(month, cancellationToken);
        return model.HasFigures
            ? new(model, null)
            : new(null, Message(StatusCodes.Status404NotFound, $"Chưa có số liệu tháng {month}: không có báo cáo tổng hợp để tải."));
    }

    /// <summary>Checks access and the month, then builds the unit's model once; a refusal in Vietnamese otherwise.</summary>
    private static async Task<Found<UnitReportModel>> UnitReportAsync(
        string unitCode, string monthText, ClaimsPrincipal user, IReportAccessPolicy policy, ReportSource source, CancellationToken cancellationToken)
    {
        if (!policy.CanReadUnit(user, unitCode))
        {
            return new(null, Forbidden("báo cáo của đơn vị này"));
        }

        if (!YearMonth.TryParseIso(monthText, out var month))
        {
            return new(null, InvalidMonth(monthText));
        }

        var (unit, model) = await source.UnitReportAsync(unitCode, month, cancellationToken);
        if (unit is null)
        {
            return new(null, Message(StatusCodes.Status404NotFound, $"Không tìm thấy đơn vị có mã “{unitCode}”."));
        }

        // The name the unit bore in that month, as the report would print it.
        return model is { HasFigures: true }
            ? new(model, null)
            : new(null, Message(StatusCodes.Status404NotFound, $"Chưa có số liệu của {model?.Unit.Name ?? unit.Name} cho tháng {month}: không có báo cáo để tải."));
    }

    /// <summary>A model to render, or the refusal to answer instead.</summary>
    private sealed record Found<T>(T? Model, ContentHttpResult? Refusal)
        where T : class;
}
