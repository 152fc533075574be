using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Components.Endpoints;

namespace TargetsDashboard.Dashboard.Operations;

/// <summary>
/// At most <see cref="Permits"/> pages (server-rendered GETs of a page) and workbook downloads are built at once; the
/// others wait in line, oldest first. A page being rendered holds its render tree and its buffered HTML, 2–5 MB; without
/// a line, 200 clients reading at once on two cores had 200 renders in flight, each progressing slowly, and the
/// process grew to 3.9 GB (issue #15, docs/decisions/0014-load-and-memory.md). A waiting request holds next to nothing.
/// Circuits (their WebSocket), static files, the API, sign-in and PDFs (bounded by the printer) are not counted. The
/// line comes before authentication (Program.cs), so that a waiting request holds no principal or Identity services.
/// </summary>
internal static class RenderLimiter
{
    /// <summary>Beyond this many waiting the request is answered 503: a queue that long is minutes of work.</summary>
    public const int QueueLimit = 5_000;

    /// <summary>Two per core: one renders while the other waits on the database.</summary>
    public static int Permits { get; } = Math.Max(2, 2 * Environment.ProcessorCount);

    public static IServiceCollection AddRenderLimiter(this IServiceCollection services) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, bool>(context => IsRender(context)
                ? RateLimitPartition.GetConcurrencyLimiter(true, _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = Permits,
                    QueueLimit = QueueLimit,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                })
                : RateLimitPartition.GetNoLimiter(false));
        });

    public static bool IsRender(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!HttpMethods.IsGet(context.Request.Method))
        {
            return false;
        }

        var path = context.Request.Path;
        return context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null
            || (path.StartsWithSegments("/bao-cao") && path.Value!.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase));
    }
}
