using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TargetsDashboard.Data;

namespace TargetsDashboard.Dashboard.Tests;

public class KpiWarmUpTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    [Fact]
    public async Task WarmUp_AppStarted_EngineBuiltBeforeAnyPageAsks()
    {
        var warmUp = Assert.Single(factory.Services.GetServices<IHostedService>().OfType<KpiWarmUp>());
        await warmUp.ExecuteTask!;

        var pending = factory.Services.GetRequiredService<KpiDataSource>().GetAsync();

        // Answered from the cache the warm-up filled: no query, so already complete when returned.
        Assert.True(pending.IsCompletedSuccessfully);
        Assert.NotEmpty((await pending).Engine.Units);
    }
}
