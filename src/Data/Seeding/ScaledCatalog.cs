using System.Globalization;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Data.Seeding;

/// <summary>
/// A synthetic national-scale list of units for benchmarks: the province's real departments, communes and wards repeated
/// province by province ("Xã An Phước (tỉnh 07)") until the requested count is reached, one department in ten.
/// </summary>
public static class ScaledCatalog
{
    public static IReadOnlyList<CatalogUnit> Create(IReadOnlyList<CatalogUnit> template, int unitCount)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentOutOfRangeException.ThrowIfLessThan(unitCount, 1);
        var departments = template.Where(u => u.Kind == UnitKind.Department).ToList();
        var communes = template.Where(u => u.Kind != UnitKind.Department).ToList();
        var departmentCount = unitCount / 10;
        var units = new List<CatalogUnit>(unitCount);
        for (var i = 0; i < departmentCount; i++)
        {
            units.Add(Copy(departments[i % departments.Count], (i / departments.Count) + 1));
        }

        for (var i = 0; units.Count < unitCount; i++)
        {
            units.Add(Copy(communes[i % communes.Count], (i / communes.Count) + 1));
        }

        return units;
    }

    private static CatalogUnit Copy(CatalogUnit unit, int province) => new(
        string.Create(CultureInfo.InvariantCulture, $"{unit.Code}-t{province:00}"),
        string.Create(CultureInfo.InvariantCulture, $"{unit.Name} (tỉnh {province:00})"),
        unit.Kind);
}
