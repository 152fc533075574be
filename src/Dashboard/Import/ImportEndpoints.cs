using Microsoft.AspNetCore.Mvc;
using TargetsDashboard.Dashboard.Reports;
using TargetsDashboard.Ingestion.Excel;
using TargetsDashboard.Ingestion.Units;

namespace TargetsDashboard.Dashboard.Import;

/// <summary>The templates: figures for the staff who import them, units for administrators; GETs with meaningful file names.</summary>
public static class ImportEndpoints
{
    /// <summary>The units workbook template, offered on the units administration page.</summary>
    public const string UnitTemplatePath = "/quan-tri/don-vi/mau.xlsx";

    public static IEndpointRouteBuilder MapImportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet(ImportLinks.Page + "/mau/{month}.xlsx", TemplateAsync)
            .WithTags("Nhập số liệu")
            .RequireAuthorization(Policies.EditData);
        endpoints.MapGet(UnitTemplatePath, () => Results.File(UnitWorkbook.Template(), ReportEndpoints.XlsxContentType, UnitWorkbook.TemplateFileName))
            .WithTags("Quản trị")
            .RequireAuthorization(Policies.Administer);
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
