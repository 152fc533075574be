using System.Security.Claims;

namespace TargetsDashboard.Dashboard.Reports;

/// <summary>
/// The one place that decides who may download which report. Every report endpoint asks it before building
/// anything, so that the accounts issue plugs the role and unit check in here and nowhere else.
/// </summary>
public interface IReportAccessPolicy
{
    /// <summary>Whether <paramref name="user"/> may read the reports of the unit with <paramref name="unitCode"/>.</summary>
    bool CanReadUnit(ClaimsPrincipal user, string unitCode);

    /// <summary>Whether <paramref name="user"/> may read province-wide reports (summary, full export, all units).</summary>
    bool CanReadProvince(ClaimsPrincipal user);
}

/// <summary>
/// Allows everything: the app has no accounts yet. The accounts issue replaces this registration with a policy
/// that lets a unit head read only their own unit and office staff and leaders read everything.
/// </summary>
public sealed class AllowAllReportAccessPolicy : IReportAccessPolicy
{
    public bool CanReadUnit(ClaimsPrincipal user, string unitCode) => true;

    public bool CanReadProvince(ClaimsPrincipal user) => true;
}
