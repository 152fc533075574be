using System.Globalization;
using System.Text;
using System.Text.Json;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Data.Seeding;

/// <summary>A unit listed in the province's reference file.</summary>
public sealed record CatalogUnit(string Code, string Name, UnitKind Kind);

/// <summary>Reads the province's unit list (shipped with the app, copied from shared/data) and gives each unit a stable code.</summary>
public static class UnitCatalog
{
    public const string ProvinceName = "Đồng Nai";

    private const string ResourceName = "TargetsDashboard.Data.Seeding.dong-nai-units.json";

    public static IReadOnlyList<CatalogUnit> DongNai()
    {
        using var stream = typeof(UnitCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Missing embedded resource {ResourceName}.");
        return Read(stream);
    }

    public static IReadOnlyList<CatalogUnit> Read(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        var units = new List<CatalogUnit>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in new[] { "departments", "communes" })
        {
            if (!document.RootElement.TryGetProperty(section, out var list))
            {
                continue;
            }

            foreach (var item in list.EnumerateArray())
            {
                var name = item.GetProperty("name").GetString() ?? throw new InvalidDataException("A unit has no name.");
                var kind = Enum.Parse<UnitKind>(item.GetProperty("kind").GetString() ?? "Commune");
                units.Add(new CatalogUnit(UniqueCode(Slug(name), codes), name, kind));
            }
        }

        return units;
    }

    /// <summary>Names that differ only in diacritics ("Lộc Thạnh", "Lộc Thành") share a slug: later ones get "-2", "-3" in file order.</summary>
    private static string UniqueCode(string slug, HashSet<string> taken)
    {
        var code = slug;
        for (var n = 2; !taken.Add(code); n++)
        {
            code = string.Create(CultureInfo.InvariantCulture, $"{slug}-{n}");
        }

        return code;
    }

    /// <summary>"Sở Tư pháp" → "so-tu-phap": ASCII, lower case, hyphens; used in codes, URLs and file names.</summary>
    public static string Slug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Replace('Đ', 'D').Replace('đ', 'd').Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return builder.ToString();
    }
}
