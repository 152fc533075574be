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
        logger.LogError(exception, "Request {RequestId} failed: {Method} {Path}", httpContext.TraceIdentifier, httpContext.Request.Method, httpContext.Request.Path);
        return ValueTask.FromResult(false);
    }
}
