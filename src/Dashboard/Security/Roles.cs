namespace TargetsDashboard.Dashboard.Security;

/// <summary>The four roles. Names are stable identifiers stored in the database; <see cref="DisplayName"/> is what people read.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string ProvinceOffice = "ProvinceOffice";
    public const string Leadership = "Leadership";
    public const string UnitHead = "UnitHead";

    public static IReadOnlyList<string> All { get; } = [Administrator, ProvinceOffice, Leadership, UnitHead];

    /// <summary>Roles that see every unit's detail.</summary>
    public static IReadOnlyList<string> ProvinceWide { get; } = [Administrator, ProvinceOffice, Leadership];

    public static string DisplayName(string role) => role switch
    {
        Administrator => "Quản trị hệ thống",
        ProvinceOffice => "Văn phòng UBND tỉnh",
        Leadership => "Lãnh đạo UBND tỉnh",
        UnitHead => "Thủ trưởng đơn vị",
        _ => role,
    };
}
