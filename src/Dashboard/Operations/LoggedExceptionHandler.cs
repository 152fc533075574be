using Microsoft.AspNetCore.Diagnostics;

namespace TargetsDashboard.Dashboard.Operations;

/// <summary>
/// Logs an unhandled error with the request id that the error page (<c>/error</c>) shows the user, so that the
/// administrator finds the one log entry the user reports. Then lets the error page render.
/// </summary>
public sealed class LoggedExceptionHandler(ILogger<LoggedExceptionHandler> logger) : IExceptionHandler
{
    public ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        // By now the request's path is the error page's; the feature keeps the one that failed.
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path.Value;
        logger.LogError(exception, "Request {RequestId} failed: {Method} {Path}", httpContext.TraceIdentifier, httpContext.Request.Method, path);
        return ValueTask.FromResult(false);
    }
}
