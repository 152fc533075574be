using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace TargetsDashboard.Dashboard.Security;

/// <summary>The claim that binds a unit head or focal officer to their unit.</summary>
public static class DashboardClaims
{
    public const string UnitId = "targets:unit_id";

    public const string UnitCode = "targets:unit_code";
}

/// <summary>The unit a page or file is about must be within the user's scope.</summary>
public sealed class UnitScopeRequirement : IAuthorizationRequirement;

/// <summary>
/// The one rule for unit detail: province-wide roles see every unit; a unit head sees only the unit in their claim,
/// unless the administrator allows unit heads to see their peers' detail (Accounts:UnitHeadsSeePeerDetail).
/// Used by the <see cref="Policies.ViewUnit"/> policy, the unit page and the report downloads.
/// </summary>
public sealed class UnitAccess(IOptionsMonitor<AccountOptions> options)
{
    public bool CanView(ClaimsPrincipal user, int unitId)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        if (Roles.ProvinceWide.Any(user.IsInRole))
        {
            return true;
        }

        return (user.IsInRole(Roles.UnitHead) && options.CurrentValue.UnitHeadsSeePeerDetail) || (IsUnitBound(user) && OwnUnitId(user) == unitId);
    }

    /// <summary>The same rule for a unit named by its code (URLs and file names carry codes).</summary>
    public bool CanView(ClaimsPrincipal user, string unitCode)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        if (Roles.ProvinceWide.Any(user.IsInRole))
        {
            return true;
        }

        return (user.IsInRole(Roles.UnitHead) && options.CurrentValue.UnitHeadsSeePeerDetail) || IsOwnUnit(user, unitCode);
    }

    /// <summary>
    /// A unit's monthly submission: the reviewers open any (to review it), a unit head or focal officer only their own
    /// unit's, whatever the peer-detail setting says (a submission is work in progress, not published figures).
    /// </summary>
    public static bool CanOpenSubmission(ClaimsPrincipal user, string unitCode)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity?.IsAuthenticated == true && (IsReviewer(user) || IsOwnUnit(user, unitCode));
    }

    /// <summary>Whether the user writes the unit's submission (its own unit's head or focal officer), not just reads it.</summary>
    public static bool CanEditSubmission(ClaimsPrincipal user, string unitCode)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity?.IsAuthenticated == true && IsOwnUnit(user, unitCode);
    }

    /// <summary>Whether the user sends the unit's submission: its head, or its focal officer when the office allows it.</summary>
    public static bool CanSend(ClaimsPrincipal user, string unitCode, bool focalOfficersMaySubmit)
    {
        ArgumentNullException.ThrowIfNull(user);
        return CanEditSubmission(user, unitCode) && (user.IsInRole(Roles.UnitHead) || focalOfficersMaySubmit);
    }

    /// <summary>Reviewers of the round: the office and the administrators.</summary>
    public static bool IsReviewer(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity?.IsAuthenticated == true && Roles.Reviewers.Any(user.IsInRole);
    }

    /// <summary>Whether the user is bound to one unit (its head or its reporting officer).</summary>
    public static bool IsUnitBound(ClaimsPrincipal user) => Roles.UnitBound.Any(user.IsInRole);

    private static bool IsOwnUnit(ClaimsPrincipal user, string unitCode) =>
        IsUnitBound(user) && string.Equals(user.FindFirstValue(DashboardClaims.UnitCode), unitCode, StringComparison.OrdinalIgnoreCase);

    /// <summary>The unit id a unit head is bound to, or null.</summary>
    public static int? OwnUnitId(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var value = user.FindFirstValue(DashboardClaims.UnitId);
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }
}

/// <summary>Evaluates <see cref="UnitScopeRequirement"/> against a unit id given as the resource.</summary>
public sealed class UnitScopeHandler(UnitAccess access) : AuthorizationHandler<UnitScopeRequirement, int>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, UnitScopeRequirement requirement, int resource)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (access.CanView(context.User, resource))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
