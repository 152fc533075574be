using System.Security.Claims;

namespace TargetsDashboard.Dashboard.Reports;

/// <summary>
/// The one place that decides who may download which report. Every report endpoint, and the all-units zip page,
/// asks it before building anything; the unit rule itself is <see cref="Security.UnitAccess"/>, shared with the pages.
/// </summary>
public interface IReportAccessPolicy
{
    /// <summary>Whether <paramref name="user"/> may read the reports of the unit with <paramref name="unitCode"/>.</summary>
    bool CanReadUnit(ClaimsPrincipal user, string unitCode);

    /// <summary>Whether <paramref name="user"/> may read province-wide reports (summary, full export, all units).</summary>
    bool CanReadProvince(ClaimsPrincipal user);
}

/// <summary>Reports follow the pages: a unit's reports for whoever may see the unit; province files for province-wide roles.</summary>
public sealed class RoleReportAccessPolicy(Security.UnitAccess unitAccess) : IReportAccessPolicy
{
    public bool CanReadUnit(ClaimsPrincipal user, string unitCode) => unitAccess.CanView(user, unitCode);

    public bool CanReadProvince(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Security.Roles.ProvinceWide.Any(user.IsInRole);
    }
}
