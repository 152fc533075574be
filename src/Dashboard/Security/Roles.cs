namespace TargetsDashboard.Dashboard.Security;

/// <summary>The five roles. Names are stable identifiers stored in the database; <see cref="DisplayName"/> is what people read.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string ProvinceOffice = "ProvinceOffice";
    public const string Leadership = "Leadership";
    public const string UnitHead = "UnitHead";

    /// <summary>A unit's focal officer (cán bộ đầu mối): bound to one unit like its head, prepares and (if the office allows) sends its monthly report.</summary>
    public const string UnitReporter = "UnitReporter";

    public static IReadOnlyList<string> All { get; } = [Administrator, ProvinceOffice, Leadership, UnitHead, UnitReporter];

    /// <summary>Roles bound to one unit: they see and report for that unit only.</summary>
    public static IReadOnlyList<string> UnitBound { get; } = [UnitHead, UnitReporter];

    /// <summary>Roles that review the units' submissions and set the round's deadlines.</summary>
    public static IReadOnlyList<string> Reviewers { get; } = [Administrator, ProvinceOffice];

    /// <summary>Roles that see every unit's detail.</summary>
    public static IReadOnlyList<string> ProvinceWide { get; } = [Administrator, ProvinceOffice, Leadership];

    public static string DisplayName(string role) => role switch
    {
        Administrator => "Quản trị hệ thống",
        ProvinceOffice => "Văn phòng UBND tỉnh",
        Leadership => "Lãnh đạo UBND tỉnh",
        UnitHead => "Thủ trưởng đơn vị",
        UnitReporter => "Cán bộ đầu mối",
        _ => role,
    };
}
