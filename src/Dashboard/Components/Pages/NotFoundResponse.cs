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

    /// <summary>
    /// True, with 404 answered, when the period token names a period outside the supported range; every page that
    /// reads a period asks this first.
    /// </summary>
    public static bool PeriodUnavailable(HttpContext? context, string? periodToken)
    {
        if (!ViewQuery.IsUnavailable(periodToken))
        {
            return false;
        }

        Answer(context, NotFoundDetail.Period(periodToken));
        return true;
    }
}
