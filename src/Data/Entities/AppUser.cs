using Microsoft.AspNetCore.Identity;

namespace TargetsDashboard.Data.Entities;

/// <summary>A person who signs in. A unit head is bound to one unit; the other roles see all units.</summary>
public class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The unit a unit head answers for; null for the province-level roles.</summary>
    public int? UnitId { get; set; }

    public Unit? Unit { get; set; }

    /// <summary>A disabled account cannot sign in, and its open sessions end at the next revalidation.</summary>
    public bool IsDisabled { get; set; }
}
