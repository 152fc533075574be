using TargetsDashboard.Dashboard;
using TargetsDashboard.Dashboard.Api;
using TargetsDashboard.Dashboard.Components;
using TargetsDashboard.Dashboard.Import;
using TargetsDashboard.Dashboard.Reports;
using TargetsDashboard.Dashboard.Security;
using TargetsDashboard.Data;
using TargetsDashboard.Formatting;
using TargetsDashboard.Ingestion;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddTargetsData(builder.Configuration, builder.Environment);
builder.Services.AddIngestion(builder.Configuration);
builder.Services.AddDashboard(builder.Configuration);

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
    app.UseHsts();
}

app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseRequestLocalization(Vietnam.Culture.Name);
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets().AllowAnonymous();
app.MapAccountEndpoints();
app.MapReportEndpoints();
app.MapIngestionApi();
app.MapImportEndpoints();
app.MapDevelopmentDiagnostics();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();

app.Run();

/// <summary>Entry point, public so that WebApplicationFactory can start the app in tests.</summary>
public partial class Program;
