using Microsoft.EntityFrameworkCore;
using TargetsDashboard.Dashboard.Security;
using TargetsDashboard.Data;
using TargetsDashboard.Kpi;
using TargetsDashboard.Reporting;
using TargetsDashboard.Reporting.Excel;
using TargetsDashboard.Reporting.Pdf;

namespace TargetsDashboard.Dashboard.Reports;

/// <summary>The report downloads: ordinary GET endpoints with meaningful file names, every one behind <see cref="IReportAccessPolicy"/>.</summary>
public static class ReportEndpoints
{
    public const string PdfContentType = "application/pdf";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var reports = endpoints.MapGroup("/bao-cao").WithTags("Báo cáo").RequireAuthorization(Policies.ViewProvince)
            .AddEndpointFilter(Operations.PdfUnavailablePage.FilterAsync);

        reports.MapGet("/don-vi/{unitCode}/{month}.pdf", async (string unitCode, string month, HttpContext http, PdfPrinter printer, CancellationToken cancellationToken) =>
            await UnitReportAsync(unitCode, month, http, async model =>
                Results.File(await printer.PrintAsync(UnitReportDocument.Render(model), PageOrientation.Portrait, cancellationToken), PdfContentType, UnitFileName(model, "pdf")), cancellationToken));

        reports.MapGet("/don-vi/{unitCode}/{month}.xlsx", async (string unitCode, string month, HttpContext http, CancellationToken cancellationToken) =>
            await UnitReportAsync(unitCode, month, http, model =>
                Task.FromResult(Results.File(UnitReportWorkbook.Create(model), XlsxContentType, UnitFileName(model, "xlsx"))), cancellationToken));

        reports.MapGet("/tong-hop/{month}.pdf", async (string month, HttpContext http, PdfPrinter printer, CancellationToken cancellationToken) =>
            await SummaryAsync(month, http, async model =>
                Results.File(await printer.PrintAsync(ProvinceSummaryDocument.Render(model), ProvinceSummaryDocument.Orientation, cancellationToken), PdfContentType, ReportFileNames.Summary(model.Month, "pdf")), cancellationToken));

        reports.MapGet("/tong-hop/{month}.xlsx", async (string month, HttpContext http, CancellationToken cancellationToken) =>
            await SummaryAsync(month, http, model =>
                Task.FromResult(Results.File(ProvinceSummaryWorkbook.Create(model), XlsxContentType, ReportFileNames.Summary(model.Month, "xlsx"))), cancellationToken));

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

    /// <summary>The issue date written on a document: today in Vietnam.</summary>
    internal static DateOnly IssueDate(IServiceProvider services)
    {
        var now = services.GetService<TimeProvider>() ?? TimeProvider.System;
        return DateOnly.FromDateTime(now.GetUtcNow().ToOffset(VietnamOffset).DateTime);
    }

    internal static IResult Forbidden(string what) => Message(StatusCodes.Status403Forbidden, $"Bạn không có quyền tải {what}.");

    internal static IResult InvalidMonth(string monthText) =>
        Message(StatusCodes.Status404NotFound, $"Không tìm thấy báo cáo: tháng “{monthText}” không hợp lệ (dạng yyyy-MM, ví dụ 2025-10).");

    /// <summary>Checks access, builds the summary model once, and hands it to the renderer; 404 in Vietnamese otherwise.</summary>
    private static async Task<IResult> SummaryAsync(string monthText, HttpContext http, Func<ProvinceSummaryModel, Task<IResult>> render, CancellationToken cancellationToken)
    {
        var services = http.RequestServices;
        if (!services.GetRequiredService<IReportAccessPolicy>().CanReadProvince(http.User))
        {
            return Forbidden("báo cáo tổng hợp toàn tỉnh");
        }

        if (!YearMonth.TryParseIso(monthText, out var month))
        {
            return InvalidMonth(monthText);
        }

        var snapshot = await services.GetRequiredService<KpiDataSource>().GetAsync(cancellationToken);
        var shortNames = snapshot.IndicatorDetails.ToDictionary(d => d.Key, d => d.Value.ShortNameVi, StringComparer.Ordinal);
        var model = services.GetRequiredService<ReportModelBuilder>()
            .BuildProvinceSummary(snapshot.Engine, new ProvinceSummaryRequest(month, IssueDate(services), snapshot.IsDemo, shortNames));
        if (!model.HasFigures)
        {
            return Message(StatusCodes.Status404NotFound, $"Chưa có số liệu tháng {month}: không có báo cáo tổng hợp để tải.");
        }

        return await render(model);
    }

    /// <summary>/bao-cao/du-lieu.xlsx?tu=2025-01&amp;den=2025-10; without them, the year to date of the latest month with figures.</summary>
    private static async Task<IResult> DataExportAsync(HttpContext http, CancellationToken cancellationToken, string? tu = null, string? den = null)
    {
        var services = http.RequestServices;
        if (!services.GetRequiredService<IReportAccessPolicy>().CanReadProvince(http.User))
        {
            return Forbidden("toàn bộ số liệu");
        }

        var snapshot = await services.GetRequiredService<KpiDataSource>().GetAsync(cancellationToken);
        YearMonth to;
        if (string.IsNullOrEmpty(den))
        {
            if (snapshot.LastMonth is not { } last)
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

        var model = ReportModelBuilder.BuildDataExport(snapshot.Engine, from, to, IssueDate(services), snapshot.IsDemo);
        return Results.File(DataExportWorkbook.Create(model), XlsxContentType, ReportFileNames.DataExport(from, to));
    }

    /// <summary>Checks access, builds the model once, and hands it to the renderer; 404 with a Vietnamese message otherwise.</summary>
    private static async Task<IResult> UnitReportAsync(string unitCode, string monthText, HttpContext http, Func<UnitReportModel, Task<IResult>> render, CancellationToken cancellationToken)
    {
        var services = http.RequestServices;
        if (!services.GetRequiredService<IReportAccessPolicy>().CanReadUnit(http.User, unitCode))
        {
            return Forbidden("báo cáo của đơn vị này");
        }

        if (!YearMonth.TryParseIso(monthText, out var month))
        {
            return InvalidMonth(monthText);
        }

        var snapshot = await services.GetRequiredService<KpiDataSource>().GetAsync(cancellationToken);
        var unit = snapshot.Engine.FindUnit(unitCode);
        if (unit is null)
        {
            return Message(StatusCodes.Status404NotFound, $"Không tìm thấy đơn vị có mã “{unitCode}”.");
        }

        var note = await NoteAsync(services, unit.UnitId, month, cancellationToken);
        var model = services.GetRequiredService<ReportModelBuilder>()
            .BuildUnitReport(snapshot.Engine, new UnitReportRequest(unit.Code, month, IssueDate(services), note, snapshot.IsDemo))!;
        if (!model.HasFigures)
        {
            return Message(StatusCodes.Status404NotFound, $"Chưa có số liệu của {model.Unit.Name} cho tháng {month}: không có báo cáo để tải.");
        }

        return await render(model);
    }

    private static async Task<string?> NoteAsync(IServiceProvider services, int unitId, YearMonth month, CancellationToken cancellationToken)
    {
        var factory = services.GetRequiredService<IDbContextFactory<TargetsDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var day = month.FirstDay;
        return await db.UnitMonthNotes.AsNoTracking()
            .Where(n => n.UnitId == unitId && n.Month == day)
            .Select(n => n.Text)
            .FirstOrDefaultAsync(cancellationToken);
    }

    internal static IResult Message(int statusCode, string message) =>
        Results.Text(message, "text/plain; charset=utf-8", System.Text.Encoding.UTF8, statusCode);
}
