using TargetsDashboard.Dashboard;
using TargetsDashboard.Dashboard.Components;
using TargetsDashboard.Data;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddTargetsData(builder.Configuration, builder.Environment);
builder.Services.AddDashboard(builder.Configuration);

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
    app.UseHsts();
}

app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseRequestLocalization(DashboardServiceCollectionExtensions.Culture.Name);
app.UseAntiforgery();

app.MapStaticAssets();
app.MapDevelopmentDiagnostics();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();

app.Run();

/// <summary>Entry point, public so that WebApplicationFactory can start the app in tests.</summary>
public partial class Program;
