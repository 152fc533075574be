using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TargetsDashboard.Reporting;

namespace TargetsDashboard.Dashboard.Reports;

/// <summary>The all-units zip of a month: start a job, poll it, download the zip. Every step asks <see cref="IReportAccessPolicy"/>.</summary>
public static class ReportArchiveEndpoints
{
    public const string ZipContentType = "application/zip";

    /// <summary>Maps the three routes under the reports group (which already requires a signed-in user).</summary>
    public static RouteGroupBuilder MapArchiveEndpoints(this RouteGroupBuilder reports)
    {
        ArgumentNullException.ThrowIfNull(reports);

        // A POST without an antiforgery token: the sign-in cookie is SameSite=Strict, so another site cannot make a
        // signed-in browser send it, and starting a job changes no data.
        reports.MapPost("/tat-ca/{month}", StartAsync);
        reports.MapGet("/tat-ca/trang-thai/{id:guid}", Status);
        reports.MapGet("/tat-ca/{id:guid}.zip", Download);
        return reports;
    }

    /// <summary>"/bao-cao/tat-ca/trang-thai/{id}".</summary>
    public static string StatusUrl(Guid id) => $"/bao-cao/tat-ca/trang-thai/{id:D}";

    /// <summary>"/bao-cao/tat-ca/{id}.zip".</summary>
    public static string ZipUrl(Guid id) => $"/bao-cao/tat-ca/{id:D}.zip";

    /// <summary>The JSON of a job: {id, month, done, total, finished, failed, statusUrl, downloadUrl}.</summary>
    public static object Body(ArchiveJobStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return new
        {
            id = status.Id,
            month = status.Month.ToIsoString(),
            done = status.Done,
            total = status.Total,
            finished = status.Finished,
            failed = status.Failed,
            statusUrl = StatusUrl(status.Id),
            downloadUrl = ZipUrl(status.Id),
        };
    }

    /// <summary>Jobs belong to the signed-in user who started them.</summary>
    public static string Owner(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity?.Name ?? string.Empty;
    }

    /// <summary>
    /// Declared as <see cref="IResult"/>, not as typed JSON results: those mark the route as an API, and the sign-in
    /// cookie then answers a signed-out browser with 401 instead of sending it to the sign-in page like every other
    /// route of the reports.
    /// </summary>
    private static async Task<IResult> StartAsync(
        string month, ClaimsPrincipal user, IReportAccessPolicy policy, ReportArchiveJobs jobs, CancellationToken cancellationToken, string? nhom = null)
    {
        if (Denied(user, policy) is { } denied)
        {
            return denied;
        }

        if (!YearMonth.TryParseIso(month, out var parsed))
        {
            return ReportEndpoints.InvalidMonth(month);
        }

        // ?nhom=so-ban-nganh or xa-phuong: one peer group's reports (a smaller zip, sent to one group's heads).
        var group = ViewQuery.ParseGroup(nhom);
        if (!string.IsNullOrEmpty(nhom) && group is null)
        {
            return ReportEndpoints.Message(StatusCodes.Status400BadRequest, $"Nhóm đơn vị “{nhom}” không hợp lệ (so-ban-nganh hoặc xa-phuong).");
        }

        var started = await jobs.StartAsync(parsed, Owner(user), group, cancellationToken);
        return started switch
        {
            { Job: { } status } => Results.Accepted(StatusUrl(status.Id), Body(status)),
            { TooManyRunning: true } => ReportEndpoints.Message(StatusCodes.Status429TooManyRequests, started.Refusal!),
            _ => ReportEndpoints.Message(StatusCodes.Status404NotFound, started.Refusal!),
        };
    }

    /// <summary>Declared as <see cref="IResult"/> for the same reason as <see cref="StartAsync"/>.</summary>
    private static IResult Status(Guid id, ClaimsPrincipal user, IReportAccessPolicy policy, ReportArchiveJobs jobs)
    {
        if (Denied(user, policy) is { } denied)
        {
            return denied;
        }

        return jobs.Status(id, Owner(user)) is { } status ? Results.Ok(Body(status)) : NotFound();
    }

    private static Results<FileContentHttpResult, ContentHttpResult> Download(Guid id, ClaimsPrincipal user, IReportAccessPolicy policy, ReportArchiveJobs jobs)
    {
        if (Denied(user, policy) is { } denied)
        {
            return denied;
        }

        var owner = Owner(user);
        return jobs.Status(id, owner) switch
        {
            null => NotFound(),
            { Failed: true } => ReportEndpoints.Message(StatusCodes.Status500InternalServerError, "Tạo tệp nén không thành công; vui lòng thử lại."),
            { Finished: false } status => ReportEndpoints.Message(StatusCodes.Status409Conflict, $"Tệp nén đang được tạo ({status.Done}/{status.Total} đơn vị); vui lòng chờ."),
            var status => TypedResults.File(jobs.Zip(id, owner)!, ZipContentType, ReportFileNames.Archive(status.Month, ViewQuery.GroupToken(status.Group))),
        };
    }

    private static ContentHttpResult? Denied(ClaimsPrincipal user, IReportAccessPolicy policy) =>
        policy.CanReadProvince(user) ? null : ReportEndpoints.Forbidden("báo cáo của tất cả đơn vị");

    private static ContentHttpResult NotFound() =>
        ReportEndpoints.Message(StatusCodes.Status404NotFound, "Không tìm thấy yêu cầu tạo tệp nén (đã hết hạn sau 30 phút hoặc không phải của bạn).");
}
