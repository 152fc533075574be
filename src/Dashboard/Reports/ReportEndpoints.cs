using System.Globalization;
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
        var reports = endpoints.MapGroup("/bao-cao").WithTags("Báo cáo").RequireAuthorization(Policies.ViewProvince);

        reports.MapGet("/don-vi/{unitCode}/{month}.pdf", async (string unitCode, string month, HttpContext http, PdfPrinter printer, CancellationToken cancellationToken) =>
            await UnitReportAsync(unitCode, month, http, async model =>
                Results.File(await printer.PrintAsync(UnitReportDocument.Render(model), PageOrientation.Portrait, cancellationToken), PdfContentType, UnitFileName(model, "pdf")), cancellationToken));

        reports.MapGet("/don-vi/{unitCode}/{month}.xlsx", async (string unitCode, string month, HttpContext http, CancellationToken cancellationToken) =>
            await UnitReportAsync(unitCode, month, http, model =>
                Task.FromResult(Results.File(UnitReportWorkbook.Create(model), XlsxContentType, UnitFileName(model, "xlsx"))), cancellationToken));

        return endpoints;
    }

    /// <summary>"bao-cao-thang-10-2025-so-tu-phap.pdf".</summary>
    public static string UnitFileName(UnitReportModel model, string extension)
    {
        ArgumentNullException.ThrowIfNull(model);
        return string.Create(CultureInfo.InvariantCulture, $"bao-cao-thang-{model.Month.Month:00}-{model.Month.Year}-{model.Unit.Code}.{extension}");
    }

    /// <summary>Checks access, builds the model once, and hands it to the renderer; 404 with a Vietnamese message otherwise.</summary>
    private static async Task<IResult> UnitReportAsync(string unitCode, string monthText, HttpContext http, Func<UnitReportModel, Task<IResult>> render, CancellationToken cancellationToken)
    {
        var services = http.RequestServices;
        if (!services.GetRequiredService<IReportAccessPolicy>().CanReadUnit(http.User, unitCode))
        {
            return Message(StatusCodes.Status403Forbidden, "Bạn không có quyền tải báo cáo của đơn vị này.");
        }

        if (!YearMonth.TryParseIso(monthText, out var month))
        {
            return Message(StatusCodes.Status404NotFound, $"Không tìm thấy báo cáo: tháng “{monthText}” không hợp lệ (dạng yyyy-MM, ví dụ 2025-10).");
        }

        var snapshot = await services.GetRequiredService<KpiDataSource>().GetAsync(cancellationToken);
        var unit = ReportModelBuilder.FindUnit(snapshot.Engine, unitCode);
        if (unit is null)
        {
            return Message(StatusCodes.Status404NotFound, $"Không tìm thấy đơn vị có mã “{unitCode}”.");
        }

        var note = await NoteAsync(services, unit.UnitId, month, cancellationToken);
        var now = services.GetService<TimeProvider>() ?? TimeProvider.System;
        var issueDate = DateOnly.FromDateTime(now.GetUtcNow().ToOffset(VietnamOffset).DateTime);
        var model = services.GetRequiredService<ReportModelBuilder>()
            .BuildUnitReport(snapshot.Engine, new UnitReportRequest(unit.Code, month, issueDate, note, snapshot.IsDemo))!;
        if (!model.HasFigures)
        {
            return Message(StatusCodes.Status404NotFound, $"Chưa có số liệu của {unit.Name} cho tháng {month}: không có báo cáo để tải.");
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

    private static IResult Message(int statusCode, string message) =>
        Results.Text(message, "text/plain; charset=utf-8", System.Text.Encoding.UTF8, statusCode);
}
