using System.Globalization;
using TargetsDashboard.Dashboard.ViewModels.Index766;

namespace TargetsDashboard.Dashboard.Components.Index766;

/// <summary>The province's 766 score, its groups against their maxima, and where the points are lost.</summary>
public partial class Index766Home
{
    [Inject]
    private Index766ViewModelBuilder Builder { get; set; } = null!;

    protected override Task<Index766OverviewViewModel> BuildModelAsync() => Builder.OverviewAsync(PeriodToken);

    private static string BarWidth(decimal share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
