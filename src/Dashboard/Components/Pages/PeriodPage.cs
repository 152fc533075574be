namespace TargetsDashboard.Dashboard.Components.Pages;

/// <summary>
/// A page of one period named in the URL (<c>ky</c>): a malformed or unsupported period shows the "not available"
/// message (404 on the server's first response) instead of a model; otherwise the page's model is built.
/// </summary>
public abstract class PeriodPage<TModel> : ComponentBase where TModel : class
{
    /// <summary>Present while the page is rendered on the server for the first response: lets an unknown period answer 404.</summary>
    [CascadingParameter]
    protected HttpContext? HttpContext { get; set; }

    /// <summary>The period as a URL token (2025-10, 2025-Q3, 2025, 2025-YTD10); empty for the latest month.</summary>
    [SupplyParameterFromQuery(Name = ViewQuery.PeriodKey)]
    public string? PeriodToken { get; set; }

    protected TModel? Model { get; private set; }

    protected bool Unavailable { get; private set; }

    protected override async Task OnParametersSetAsync()
    {
        Unavailable = NotFoundResponse.PeriodUnavailable(HttpContext, PeriodToken);
        if (Unavailable)
        {
            Model = null;
            return;
        }

        Model = await BuildModelAsync();
        OnModelBuilt(Model);
    }

    protected abstract Task<TModel> BuildModelAsync();

    /// <summary>What a page derives from its model (a page of rows, a 404 for an unknown code).</summary>
    protected virtual void OnModelBuilt(TModel model)
    {
    }
}
