using TargetsDashboard.Dashboard;
using TargetsDashboard.Dashboard.Api;
using TargetsDashboard.Dashboard.Cli;
using TargetsDashboard.Dashboard.Components;
using TargetsDashboard.Dashboard.Import;
using TargetsDashboard.Dashboard.Mail;
using TargetsDashboard.Dashboard.Operations;
using TargetsDashboard.Dashboard.Reports;
using TargetsDashboard.Ingestion;

// "dotnet TargetsDashboard.Dashboard.dll migrate" and the other operator commands: same services, no web server.
if (OperatorCommandLine.IsCommand(args))
{
    return await OperatorCommandLine.RunAsync(args, AddServices);
}

var builder = WebApplication.CreateBuilder(args);
AddServices(builder);

var app = builder.Build();

app.UseForwardedHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
    app.UseHsts();
}

app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseRequestLocalization(Vietnam.Culture.Name);

// Renders wait in line before the sign-in cookie is read: authenticating 200 waiting requests at once allocated
// principals that all outlived a collection, and doubled the GC's pauses (Operations/RenderLimiter, decision 0014).
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets().AllowAnonymous();
app.MapHealthEndpoints();
app.MapAccountEndpoints();
app.MapReportEndpoints();
app.MapRoundStatusEndpoints();
app.MapIngestionApi();
app.MapImportEndpoints();
app.MapMailEndpoints();
app.MapDevelopmentDiagnostics();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();

await app.RunAsync();
return 0;

static void AddServices(WebApplicationBuilder builder)
{
    builder.Services.AddTargetsData(builder.Configuration, builder.Environment);
    builder.Services.AddIngestion(builder.Configuration);
    builder.Services.AddDashboard(builder.Configuration);
}

/// <summary>Entry point, public so that WebApplicationFactory can start the app in tests.</summary>
public partial class Program;
