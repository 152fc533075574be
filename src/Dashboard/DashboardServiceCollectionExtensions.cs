using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MudBlazor;
using MudBlazor.Services;
using TargetsDashboard.Dashboard.Api;
using TargetsDashboard.Dashboard.Operations;
using TargetsDashboard.Dashboard.Reports;
using TargetsDashboard.Data.Auditing;
using TargetsDashboard.Reporting;

namespace TargetsDashboard.Dashboard;

public static class DashboardServiceCollectionExtensions
{
    /// <summary>Registers accounts and authorisation, the Blazor components, MudBlazor, the page view-model builders, the reports and the ingestion API.</summary>
    public static IServiceCollection AddDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        // Every page's culture: Vietnamese numbers (1.234,5) and dates (dd/MM/yyyy).
        CultureInfo.DefaultThreadCurrentCulture = Vietnam.Culture;
        CultureInfo.DefaultThreadCurrentUICulture = Vietnam.Culture;

        services.AddAccounts(configuration);
        services.AddRazorComponents().AddInteractiveServerComponents();
        // Vietnamese goes out as characters, not numeric references ("Sở", not "S&#x1EDF;"): pages are a third smaller
        // and the renderer encodes less. Markup characters (<, >, &, quotes) are encoded whatever the ranges allowed.
        services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddMudServices(options => options.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight);
        services.AddSingleton<OverviewViewModelBuilder>();
        services.AddScoped<RankingsViewModelBuilder>();
        services.AddScoped<LeadersViewModelBuilder>();
        services.AddScoped<IndicatorPageViewModelBuilder>();
        services.AddScoped<UnitPageViewModelBuilder>();
        services.AddScoped<ViewModels.Index766.Index766ViewModelBuilder>();
        services.AddScoped<ViewModels.Index766.Index766RankingsViewModelBuilder>();
        services.AddScoped<UnitNotesQuery>();
        services.AddScoped<CorrectionWorkflow>();
        services.AddScoped<ViewModels.Submissions.SubmissionWorkflow>();
        services.AddReporting(options => configuration.GetSection(ReportOptions.SectionName).Bind(options));

        // Every report names the configured province and its People's Committee (Province:Name, Province:CommitteeName).
        services.AddOptions<ReportOptions>().Configure<IOptions<ProvinceOptions>>((report, province) =>
        {
            report.ProvinceName = province.Value.Name?.Trim() ?? string.Empty;
            report.ParentBody = province.Value.CommitteeNameOrDefault;
        });
        services.AddSingleton<IReportAccessPolicy, RoleReportAccessPolicy>();
        services.AddSingleton<ReportSource>();
        services.AddSingleton<ReportArchiveJobs>();
        services.AddIngestionApi();
        services.AddTransient<Import.ImportWorkflow>();
        services.AddSingleton<Writes.WriteGuard>();
        services.AddOperations();
        services.AddRenderLimiter();
        Mail.MailServices.AddMail(services, configuration);
        return services;
    }

    /// <summary>ASP.NET Core Identity on the app's database, the sign-in cookie, and one policy per capability.</summary>
    private static void AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AccountOptions>().Bind(configuration.GetSection(AccountOptions.SectionName))
            .Validate(
                o => string.IsNullOrWhiteSpace(o.InitialAdminEmail) || Mail.MailAddresses.Normalize(o.InitialAdminEmail) is not null,
                "Accounts:InitialAdminEmail must be one e-mail address (ten@tinh.gov.vn), or empty.")
            .ValidateOnStart();
        services.AddIdentityCore<AppUser>(options =>
            {
                options.Password.RequiredLength = 8;
                options.Password.RequireDigit = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireNonAlphanumeric = true;
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
            cookie.ExpireTimeSpan = SignInSessions.IdleLimit;
            cookie.SlidingExpiration = true;

            // A signed-in user refused a page gets 403 on that URL (rendered by the status-code page), not a redirect:
            // the address bar keeps what was asked, and API clients see a plain refusal.
            cookie.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            SessionEvents(cookie.Events);
        });
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            // The stamp is still compared with the database every few minutes (a change made outside this process);
            // the principal it rebuilds keeps the session id of the one it replaces.
            o.ValidationInterval = TimeSpan.FromMinutes(5);
            o.OnRefreshingPrincipal = context =>
            {
                if (SignInSessions.IdOf(context.CurrentPrincipal) is { } id)
                {
                    context.NewPrincipal?.Identities.First().AddClaim(new Claim(SignInSessions.ClaimType, id));
                }

                return Task.CompletedTask;
            };
        });
        services.AddSingleton<SignInSessions>();
        services.AddSingleton<SignInThrottle>();
        services.AddAuthorization(Policies.Add);
        services.AddSingleton<UnitAccess>();
        services.AddSingleton<IAuthorizationHandler, UnitScopeHandler>();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingAuthenticationStateProvider>();
        services.AddHostedService<AccountSeeder>();
        services.AddSingleton<UserAdministration>();
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentActor, SignedInActor>();
    }

    /// <summary>
    /// Ties the cookie to <see cref="SignInSessions"/>: a sign-in opens a session (its id goes into the cookie), a
    /// sign-out ends it, and a cookie whose session is no longer open is refused before Identity's own checks run.
    /// </summary>
    private static void SessionEvents(Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationEvents events)
    {
        var identityCheck = events.OnValidatePrincipal;
        events.OnValidatePrincipal = async context =>
        {
            if (!context.HttpContext.RequestServices.GetRequiredService<SignInSessions>().Touch(context.Principal))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }

            if (SecurityStampDue(context))
            {
                await identityCheck(context);
            }
        };
        events.OnSigningIn = context =>
        {
            var identity = context.Principal?.Identities.FirstOrDefault();
            var userId = identity?.FindFirst(ClaimTypes.NameIdentifier)?.Value;
            if (identity is not null && userId is not null)
            {
                var sessions = context.HttpContext.RequestServices.GetRequiredService<SignInSessions>();
                if (identity.FindFirst(SignInSessions.ClaimType) is { } previous)
                {
                    identity.RemoveClaim(previous);
                }

                identity.AddClaim(new Claim(SignInSessions.ClaimType, sessions.Start(userId)));
            }

            return Task.CompletedTask;
        };
        events.OnSigningOut = context =>
        {
            context.HttpContext.RequestServices.GetRequiredService<SignInSessions>().End(SignInSessions.IdOf(context.HttpContext.User));
            return Task.CompletedTask;
        };
    }

    /// <summary>
    /// Whether Identity's security-stamp check has anything to do: the same test it makes itself (the cookie issued
    /// longer ago than the interval, or with no issue time), made before it builds its user manager and database
    /// context for the request only to find the check not due (8 % of a page's processor time under load, issue #15).
    /// </summary>
    private static bool SecurityStampDue(Microsoft.AspNetCore.Authentication.Cookies.CookieValidatePrincipalContext context)
    {
        var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
        var now = (options.TimeProvider ?? TimeProvider.System).GetUtcNow();
        return context.Properties.IssuedUtc is not { } issued || now - issued > options.ValidationInterval;
    }
}
