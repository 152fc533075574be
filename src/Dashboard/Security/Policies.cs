using Microsoft.AspNetCore.Authorization;
using TargetsDashboard.Dashboard.Api;

namespace TargetsDashboard.Dashboard.Security;

/// <summary>One policy per capability, applied to pages, downloads and API routes alike.</summary>
public static class Policies
{
    /// <summary>Province-level pages: overview, indicators, rankings, leaders' summary. Every role.</summary>
    public const string ViewProvince = "ViewProvince";

    /// <summary>One unit's detail page and its reports; the resource is the unit id (see <see cref="UnitAccess"/>).</summary>
    public const string ViewUnit = "ViewUnit";

    /// <summary>Province-wide files: the summary, the full data export, all units' reports.</summary>
    public const string ProvinceReports = "ProvinceReports";

    /// <summary>Import and correct figures.</summary>
    public const string EditData = "EditData";

    /// <summary>
    /// A unit's monthly submission page: its own unit's head and focal officer (the page checks the unit with
    /// <see cref="UnitAccess.CanOpenSubmission(System.Security.Claims.ClaimsPrincipal, string)"/>), and the reviewers.
    /// </summary>
    public const string UnitSubmission = "UnitSubmission";

    /// <summary>The round's status page, its workbook, reviewing submissions and the round's settings.</summary>
    public const string ReviewSubmissions = "ReviewSubmissions";

    /// <summary>Users, units, indicators, targets, month lock.</summary>
    public const string Administer = "Administer";

    /// <summary>
    /// The ingestion API: a source system with a valid API key. Only the <c>ApiKey</c> scheme is asked, so a signed-in
    /// user's cookie does not open the API (and the scheme being asked nowhere else, a key opens no page).
    /// </summary>
    public const string SendFigures = "SendFigures";

    public static void Add(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        // Every endpoint without its own rule needs a signed-in user: a page added without an attribute is not public.
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.AddPolicy(ViewProvince, p => p.RequireRole(Roles.All));
        options.AddPolicy(ViewUnit, p => p.RequireRole(Roles.All).AddRequirements(new UnitScopeRequirement()));
        options.AddPolicy(ProvinceReports, p => p.RequireRole(Roles.ProvinceWide));
        options.AddPolicy(EditData, p => p.RequireRole(Roles.Administrator, Roles.ProvinceOffice));
        options.AddPolicy(Administer, p => p.RequireRole(Roles.Administrator));
        options.AddPolicy(UnitSubmission, p => p.RequireRole([.. Roles.UnitBound, .. Roles.Reviewers]));
        options.AddPolicy(ReviewSubmissions, p => p.RequireRole(Roles.Reviewers));
        options.AddPolicy(SendFigures, p => p
            .AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
            .RequireAuthenticatedUser()
            .RequireClaim(ApiKeyAuthenticationHandler.ClientIdClaim));
    }
}
