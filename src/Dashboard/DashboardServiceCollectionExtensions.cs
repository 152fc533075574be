using System.Globalization;
using MudBlazor;
using MudBlazor.Services;
using TargetsDashboard.Dashboard.Reports;
using TargetsDashboard.Reporting;
using TargetsDashboard.Dashboard.ViewModels;

namespace TargetsDashboard.Dashboard;

public static class DashboardServiceCollectionExtensions
{
    /// <summary>The culture of every page: Vietnamese numbers (1.234,5) and dates (dd/MM/yyyy).</summary>
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Registers the Blazor components, MudBlazor and the page view-model builders.</summary>
    public static IServiceCollection AddDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        CultureInfo.DefaultThreadCurrentCulture = Culture;
        CultureInfo.DefaultThreadCurrentUICulture = Culture;

        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices(options => options.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight);
        services.AddScoped<OverviewViewModelBuilder>();
        services.AddScoped<RankingsViewModelBuilder>();
        services.AddScoped<LeadersViewModelBuilder>();
        services.AddScoped<IndicatorPageViewModelBuilder>();
        services.AddScoped<UnitPageViewModelBuilder>();
        services.AddScoped<UnitNotesQuery>();
        services.AddReporting(options => configuration.GetSection(ReportOptions.SectionName).Bind(options));
        // The one authorisation seam of every download; the accounts issue replaces this registration.
        services.AddSingleton<IReportAccessPolicy, AllowAllReportAccessPolicy>();
        return services;
    }
}
