using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using MudBlazor;
using MudBlazor.Services;
using TargetsDashboard.Dashboard.Api;
using TargetsDashboard.Dashboard.Operations;
using TargetsDashboard.Dashboard.Reports;
using TargetsDashboard.Dashboard.Security;
using TargetsDashboard.Dashboard.ViewModels;
using TargetsDashboard.Data;
using TargetsDashboard.Data.Entities;
using TargetsDashboard.Reporting;

namespace TargetsDashboard.Dashboard;

public static class DashboardServiceCollectionExtensions
{
    /// <summary>The culture of every page: Vietnamese numbers (1.234,5) and dates (dd/MM/yyyy).</summary>
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Registers accounts and authorisation, the Blazor components, MudBlazor, the page view-model builders, the reports and the ingestion API.</summary>
    public static IServiceCollection AddDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        CultureInfo.DefaultThreadCurrentCulture = Culture;
        CultureInfo.DefaultThreadCurrentUICulture = Culture;

        services.AddAccounts(configuration);
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices(options => options.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight);
        services.AddSingleton<OverviewViewModelBuilder>();
        services.AddScoped<RankingsViewModelBuilder>();
        services.AddScoped<LeadersViewModelBuilder>();
        services.AddScoped<IndicatorPageViewModelBuilder>();
        services.AddScoped<UnitPageViewModelBuilder>();
        services.AddScoped<UnitNotesQuery>();
        services.AddScoped<FigureEditor>();
        services.AddReporting(options => configuration.GetSection(ReportOptions.SectionName).Bind(options));
        services.AddSingleton<IReportAccessPolicy, RoleReportAccessPolicy>();
        services.AddSingleton<ReportArchiveJobs>();
        services.AddIngestionApi();
        services.AddTransient<Import.ImportWorkflow>();
        services.AddOperations();
        return services;
    }

    /// <summary>ASP.NET Core Identity on the app's database, the sign-in cookie, and one policy per capability.</summary>
    private static void AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AccountOptions>().Bind(configuration.GetSection(AccountOptions.SectionName)).ValidateOnStart();
        services.AddIdentityCore<AppUser>(options =>
            {
                options.Password.RequiredLength = 8;
                options.Password.RequireDigit = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireNonAlphanumeric = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<TargetsDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<UnitClaimsPrincipalFactory>();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = AccountEndpoints.SignInPath;
            cookie.AccessDeniedPath = "/khong-co-quyen";
            cookie.Cookie.Name = "TargetsDashboard.Auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            // Served over http on loopback in development; behind TLS (a proxy or Kestrel) the cookie is Secure.
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;

            // A signed-in user refused a page gets 403 on that URL (rendered by the status-code page), not a redirect:
            // the address bar keeps what was asked, and API clients see a plain refusal.
            cookie.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(5));
        services.AddAuthorization(Policies.Add);
        services.AddSingleton<UnitAccess>();
        services.AddSingleton<IAuthorizationHandler, UnitScopeHandler>();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingAuthenticationStateProvider>();
        services.AddHostedService<AccountSeeder>();
        services.AddSingleton<UserAdministration>();
    }
}
