using TargetsDashboard.Dashboard.ViewModels;

namespace TargetsDashboard.Dashboard.Components.Pages;

/// <summary>How a page that found nothing answers on the server's first response.</summary>
internal static class NotFoundResponse
{
    /// <summary>
    /// Answers 404 and leaves the detail for the status-code page (re-executed on this request), which renders the body;
    /// inside the circuit there is no HTTP context and the page shows the detail itself.
    /// </summary>
    public static void Answer(HttpContext? context, NotFoundDetail detail)
    {
        if (context is { Response.HasStarted: false })
        {
            context.Items[NotFoundDetail.ItemKey] = detail;
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }
}
