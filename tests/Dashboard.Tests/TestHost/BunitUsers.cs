using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using TargetsDashboard.Dashboard.Security;

namespace TargetsDashboard.Dashboard.Tests;

/// <summary>A signed-in user in a bUnit context, as the app's cookie gives one: a role and, for a unit head, the unit claim.</summary>
internal static class BunitUsers
{
    /// <summary>Also registers <see cref="UnitAccess"/>, which every component listing units asks through UnitLink.</summary>
    public static BunitContext SignIn(this BunitContext ctx, string role, string? unitCode = null, bool unitHeadsSeePeerDetail = false)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ctx.Services.Configure<AccountOptions>(o => o.UnitHeadsSeePeerDetail = unitHeadsSeePeerDetail);
        ctx.Services.AddSingleton<UnitAccess>();
        var authorization = ctx.AddAuthorization();
        authorization.SetAuthorized(unitCode ?? role);
        authorization.SetRoles(role);
        if (unitCode is not null)
        {
            authorization.SetClaims(new Claim(DashboardClaims.UnitCode, unitCode));
        }

        return ctx;
    }
}
