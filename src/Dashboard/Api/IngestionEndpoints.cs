using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using TargetsDashboard.Data.Auditing;
using TargetsDashboard.Data.Figures;
using TargetsDashboard.Ingestion;

namespace TargetsDashboard.Dashboard.Api;

/// <summary>
/// <c>POST /api/v1/figures</c>: a source system sends a month's figures with its API key. The same rules as the Excel
/// import (<see cref="FigureImporter"/>), all or nothing per request, refusals recorded in the import history.
/// </summary>
public static class IngestionEndpoints
{
    /// <summary>The OpenAPI document and the group name of the endpoints it describes.</summary>
    public const string DocumentName = "v1";

    public const string FiguresPath = "/api/v1/figures";

    public static IEndpointRouteBuilder MapIngestionApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup("/api/v1")
            .WithGroupName(DocumentName)
            .WithTags("Số liệu (Figures)")
            .RequireAuthorization(Policies.SendFigures)
            .AddEndpointFilter(AnswerFailuresAsProblemsAsync);

        api.MapPost("/figures", SendFiguresAsync)
            .WithName("SendFigures")
            .WithSummary("Gửi số liệu một tháng · Send one month's figures")
            .WithDescription(
                "Ghi tử số và mẫu số của các đơn vị cho một tháng, theo cùng quy tắc với nhập từ Excel: tất cả hoặc không gì cả. "
                + "Gửi lại cùng một lô không thay đổi gì (status \"alreadyApplied\"). "
                + "Writes numerators and denominators for one month under the same rules as the Excel import, all or nothing; "
                + "sending the same batch again changes nothing.")
            .AddOpenApiOperationTransformer(DescribeRequestBodyAsync)
            .Produces<FigureBatchAccepted>(StatusCodes.Status200OK)
            .Produces<ApiProblem>(StatusCodes.Status400BadRequest, ApiProblem.ContentType)
            .Produces<ApiProblem>(StatusCodes.Status401Unauthorized, ApiProblem.ContentType)
            .Produces<ApiProblem>(StatusCodes.Status409Conflict, ApiProblem.ContentType)
            .Produces<ApiProblem>(StatusCodes.Status413PayloadTooLarge, ApiProblem.ContentType)
            .Produces<ApiProblem>(StatusCodes.Status422UnprocessableEntity, ApiProblem.ContentType)
            .WithMetadata(new RequestSizeLimitAttribute(FigureRequestReader.MaxBodyBytes));

        // Any other method on the same address answers 405 naming the one that works, for a sender with a key, instead of
        // falling through to the pages (and their sign-in redirect).
        api.MapMethods("/figures", [HttpMethods.Get, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete], (HttpContext http) =>
            {
                http.Response.Headers.Allow = HttpMethods.Post;
                return ApiJson.Problem(
                    StatusCodes.Status405MethodNotAllowed,
                    "Phương thức không được hỗ trợ",
                    $"Địa chỉ {FiguresPath} chỉ nhận phương thức POST (gửi số liệu); {http.Request.Method} không được hỗ trợ.");
            })
            .ExcludeFromDescription();

        // Anonymous on purpose: the document holds no figures and no keys, only the contract, and the developers of a
        // source system need it before anyone issues them a key; the endpoint it describes still demands one.
        endpoints.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        return endpoints;
    }

    /// <summary>
    /// The body as JSON of <see cref="FigureBatchRequest"/>. Not through <c>Accepts&lt;T&gt;</c>: that also makes routing
    /// turn away any other content type before the endpoint runs (a sender that forgets the header would be sent to
    /// the sign-in page), while the endpoint reads the body whatever the header says.
    /// </summary>
    private static async Task DescribeRequestBodyAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var schema = await context.GetOrCreateSchemaAsync(typeof(FigureBatchRequest), cancellationToken: cancellationToken);
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "Số liệu một tháng · One month's figures (JSON).",
            Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = schema } },
        };
    }

    private static async Task<IResult> SendFiguresAsync(HttpContext http, FigureImporter importer, ICurrentActor currentActor, CancellationToken cancellationToken)
    {
        var actor = await currentActor.GetNameAsync(cancellationToken);
        var body = await ReadBodyAsync(http, cancellationToken);
        if (body is null)
        {
            return TooLarge();
        }

        var read = FigureRequestReader.Read(body.Value, actor);
        if (read.Batch is not { } batch)
        {
            var title = read.RefusalStatus == StatusCodes.Status413PayloadTooLarge ? "Yêu cầu quá lớn" : "Yêu cầu không hợp lệ";
            return ApiJson.Problem(read.RefusalStatus!.Value, title, read.Refusal!);
        }

        var preview = await importer.PreviewAsync(batch, cancellationToken);
        if (preview.Issues.Count > 0)
        {
            var refusalId = await importer.RecordRefusalAsync(preview, read.Mode, MeasurementSource.Api, actor, cancellationToken);
            return preview.MonthLocked
                ? ApiJson.Problem(StatusCodes.Status409Conflict, "Tháng đã khóa sổ", FigureMessages.MonthLocked(TargetsDashboard.Kpi.YearMonth.FromDate(batch.Month)), importId: refusalId)
                : ApiJson.Problem(
                    StatusCodes.Status422UnprocessableEntity,
                    "Số liệu không hợp lệ",
                    string.Create(CultureInfo.InvariantCulture, $"Có {preview.Issues.Count} lỗi; không có số liệu nào được ghi. Hãy sửa các lỗi bên dưới rồi gửi lại cả lô."),
                    Errors(preview.Issues),
                    refusalId);
        }

        var outcome = await importer.CommitAsync(preview, read.Mode, MeasurementSource.Api, actor, cancellationToken);
        return outcome.Status switch
        {
            ImportStatus.Committed or ImportStatus.AlreadyApplied => Results.Json(Accepted(batch.Month, read.Mode, outcome), ApiJson.Options),
            ImportStatus.MonthLocked => ApiJson.Problem(StatusCodes.Status409Conflict, "Tháng đã khóa sổ", FigureMessages.MonthLocked(TargetsDashboard.Kpi.YearMonth.FromDate(batch.Month))),

            // The importer's own message speaks of a preview and a file, which an API caller never saw.
            ImportStatus.Conflict => ApiJson.Problem(
                StatusCodes.Status409Conflict, "Số liệu vừa thay đổi", "Số liệu của tháng này vừa được thay đổi trong lúc xử lý yêu cầu. Không có gì được ghi; hãy gửi lại."),
            _ => ApiJson.Problem(StatusCodes.Status422UnprocessableEntity, "Số liệu không hợp lệ", "Không có số liệu nào được ghi.", Errors(outcome.Issues)),
        };
    }

    /// <summary>
    /// A machine caller reads JSON, not the app's HTML error page. Every write is one transaction, so a failure
    /// leaves nothing written, and the answer says so.
    /// </summary>
    private static async ValueTask<object?> AnswerFailuresAsProblemsAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(IngestionEndpoints)).LogError(e, "Ingestion API request failed.");
            return ApiJson.Problem(
                StatusCodes.Status500InternalServerError,
                "Lỗi máy chủ",
                "Máy chủ gặp lỗi khi xử lý yêu cầu; không có số liệu nào được ghi. Hãy gửi lại sau hoặc báo quản trị viên.");
        }
    }

    /// <summary>The body, or null when it is larger than the limit (whether or not the server enforces the limit itself).</summary>
    private static async Task<ReadOnlyMemory<byte>?> ReadBodyAsync(HttpContext http, CancellationToken cancellationToken)
    {
        if (http.Request.ContentLength > FigureRequestReader.MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        try
        {
            int read;
            while ((read = await http.Request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > FigureRequestReader.MaxBodyBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        return buffer.ToArray();
    }

    private static IResult TooLarge() => ApiJson.Problem(
        StatusCodes.Status413PayloadTooLarge,
        "Yêu cầu quá lớn",
        string.Create(CultureInfo.InvariantCulture, $"Mỗi yêu cầu tối đa {FigureRequestReader.MaxBodyBytes / (1024 * 1024)} MB. Hãy chia số liệu thành nhiều lần gửi."));

    private static FigureBatchAccepted Accepted(DateOnly month, ImportMode mode, ImportOutcome outcome)
    {
        var monthText = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var modeText = mode == ImportMode.Replace ? FigureRequestReader.ReplaceMode : FigureRequestReader.AddMissingMode;
        var culture = Vietnam.Culture;
        var message = outcome.Status == ImportStatus.AlreadyApplied
            ? "Lô số liệu này đã được ghi trước đó; không có gì thay đổi."
            : string.Create(culture, $"Đã ghi số liệu tháng {IngestionMessages.Month(month)}: thêm {outcome.Added}, sửa {outcome.Changed}, giữ nguyên {outcome.Unchanged + outcome.Kept} (lần nhập #{outcome.ImportBatchId}).");
        var status = outcome.Status == ImportStatus.AlreadyApplied ? "alreadyApplied" : "committed";
        return new FigureBatchAccepted(status, monthText, modeText, outcome.Added, outcome.Changed, outcome.Unchanged, outcome.Kept, outcome.ImportBatchId, message);
    }

    private static List<ApiItemError> Errors(IReadOnlyList<FigureIssue> issues) =>
        issues.OrderBy(i => i.Row ?? -1)
            .Select(i => new ApiItemError(i.Row, i.Column, i.Where.Length == 0 ? null : i.Where, i.Message))
            .ToList();
}
