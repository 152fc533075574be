using Microsoft.Extensions.DependencyInjection;
using TargetsDashboard.Dashboard.ViewModels;
using TargetsDashboard.Data;

namespace TargetsDashboard.Dashboard.Tests;

/// <summary>The overview model is built once per KPI snapshot and view, and built again after any change to the data.</summary>
public class OverviewModelCacheTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    [Fact]
    public async Task BuildAsync_SameViewTwice_BuiltOnce_AndRebuiltAfterADataChange()
    {
        var builder = factory.Services.GetRequiredService<OverviewViewModelBuilder>();

        var first = await builder.BuildAsync("2025-10", null);
        var again = await builder.BuildAsync("2025-10", null);
        var otherView = await builder.BuildAsync("2025-09", null);
        factory.Services.GetRequiredService<DataChangeSignal>().Raise();
        var afterChange = await builder.BuildAsync("2025-10", null);

        Assert.Same(first, again);
        Assert.NotSame(first, otherView);
        Assert.NotSame(first, afterChange);
        Assert.Equal(first.Rows.Count, afterChange.Rows.Count);
    }
}
