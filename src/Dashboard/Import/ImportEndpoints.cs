using Microsoft.AspNetCore.Mvc;
using TargetsDashboard.Dashboard.Reports;
using TargetsDashboard.Dashboard.Security;
using TargetsDashboard.Ingestion.Excel;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Dashboard.Import;

/// <summary>The template download: a GET with a meaningful file name, for the staff who import figures only.</summary>
public static class ImportEndpoints
{
    public static IEndpointRouteBuilder MapImportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet(ImportLinks.Page + "/mau/{month}.xlsx", TemplateAsync)
            .WithTags("Nhập số liệu")
            .RequireAuthorization(Policies.EditData);
        return endpoints;
    }

    /// <summary>/nhap-so-lieu/mau/2025-11.xlsx; <c>?kem-so-lieu=true</c> prefills the month's current figures for a correction.</summary>
    private static async Task<IResult> TemplateAsync(
        string month, ImportTemplateSource templates, CancellationToken cancellationToken, [FromQuery(Name = "kem-so-lieu")] bool? prefill = null)
    {
        if (!YearMonth.TryParseIso(month, out var yearMonth))
        {
            return ReportEndpoints.Message(StatusCodes.Status404NotFound, $"Không có tệp mẫu: tháng “{month}” không hợp lệ (dạng yyyy-MM, ví dụ 2025-11).");
        }

        var bytes = await templates.CreateAsync(yearMonth.FirstDay, prefill == true, cancellationToken);
        return Results.File(bytes, ReportEndpoints.XlsxContentType, ImportLinks.TemplateFileName(yearMonth));
    }
}
