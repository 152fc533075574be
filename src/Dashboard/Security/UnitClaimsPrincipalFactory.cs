using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace TargetsDashboard.Dashboard.Security;

/// <summary>Adds the unit a unit head is bound to (id and code) and the display name to the sign-in cookie.</summary>
public sealed class UnitClaimsPrincipalFactory(
    UserManager<AppUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options,
    IDbContextFactory<TargetsDbContext> contextFactory)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ClaimTypes.GivenName, string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName ?? string.Empty : user.DisplayName));
        if (user.UnitId is { } unitId)
        {
            await using var db = await contextFactory.CreateDbContextAsync();
            var code = await db.Units.Where(u => u.Id == unitId).Select(u => u.Code).SingleAsync();
            identity.AddClaim(new Claim(DashboardClaims.UnitId, unitId.ToString(CultureInfo.InvariantCulture)));
            identity.AddClaim(new Claim(DashboardClaims.UnitCode, code));
        }

        return identity;
    }
}
