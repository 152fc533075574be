using Microsoft.AspNetCore.Components.Forms;
using TargetsDashboard.Dashboard.Import;
using TargetsDashboard.Data.Auditing;

namespace TargetsDashboard.Dashboard.Components.Import;

/// <summary>The import page: shows <see cref="ImportWorkflow"/> and forwards the user's choices to it.</summary>
public partial class ImportPage
{
    private int _uploadKey;

    [Inject]
    private ImportWorkflow Workflow { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    /// <summary>Today in Vietnam, for the list of months.</summary>
    private DateOnly Today => Vietnam.Today(Clock);

    [Inject]
    private ICurrentActor Actor { get; set; } = null!;

    /// <summary>The month in the URL (yyyy-MM), so that a link or a reload lands on the same month.</summary>
    [SupplyParameterFromQuery(Name = ImportLinks.MonthKey)]
    public string? MonthToken { get; set; }

    /// <summary>Whether the file holds year-to-date 766 figures (<c>luy-ke=true</c>), so that the choice survives a reload.</summary>
    [SupplyParameterFromQuery(Name = ImportLinks.YearToDateKey)]
    public string? YearToDateToken { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        var yearToDate = ViewModels.ViewQuery.ParseFlag(YearToDateToken);
        if (MonthToken != Workflow.MonthToken || Workflow.Month is null || yearToDate != Workflow.YearToDate)
        {
            await Workflow.SelectMonthAsync(MonthToken);
            Workflow.YearToDate = yearToDate;
            _uploadKey++;
        }
    }

    private void OnYearToDateChanged(ChangeEventArgs e)
    {
        if (Workflow.Month is { } month)
        {
            Navigation.NavigateTo(ImportLinks.ForMonth(month, e.Value is true));
        }
    }

    private void OnMonthChanged(ChangeEventArgs e)
    {
        if (YearMonth.TryParseIso(e.Value as string, out var month))
        {
            Navigation.NavigateTo(ImportLinks.ForMonth(month, Workflow.YearToDate));
        }
    }

    private async Task OnFileSelectedAsync(InputFileChangeEventArgs e)
    {
        var file = e.File;
        await Workflow.LoadAsync(limit => file.OpenReadStream(limit), file.Name, file.Size);
    }

    private void OnModeChanged(ImportMode? mode) => Workflow.Mode = mode;

    private async Task ConfirmAsync()
    {
        var user = await Actor.GetNameAsync();
        await Workflow.ConfirmAsync(user);
        _uploadKey++;
    }
}
